package org.puzzlelens.rewards.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;

class DesignConfigTest {
    private static Designs parse(String json) throws Exception {
        return DesignConfig.parse(Json.MAPPER.readTree(json));
    }

    @Test
    void parametersReachTheComponents() throws Exception {
        Designs d = parse("{\"parameters\": {\"reasoning_target_chars\": 100, \"visual_min_references\": 5,"
                + " \"perception_wrong_penalty\": 1, \"perception_extra_penalty\": 0}}");
        assertThat(d.components().named("reasoning_length")).isEqualTo(new ReasoningLength(100));
        assertThat(d.components().named("visual_grounding")).isEqualTo(new VisualGrounding(5));
        assertThat(d.design("perception").terms()).contains(new Term(new Perception(1, 0), 1));
        assertThat(d.design("no-accuracy").formula()).isEqualTo("1 format_dta + 1 reasoning_length");
    }

    @Test
    void designsAreReweightedAndComposed() throws Exception {
        Designs d = parse(
                "{\"designs\": {\"mixture\": {\"terms\": {\"accuracy\": 2, \"format_dta\": 0.5}},"
                        + " \"seeing\": {\"description\": \"perception only\", \"terms\": {\"perception\": 1, \"format_dta_lenient\": 0.25}}}}");
        assertThat(d.all()).hasSize(9);
        assertThat(d.design("mixture").formula()).isEqualTo("2 accuracy + 0.5 format_dta");
        assertThat(d.design("mixture").description())
                .isEqualTo(Designs.defaults().design("mixture").description());
        RewardTarget t = Fixtures.target(0);
        var r = new RewardEngine(d)
                .score(
                        "seeing",
                        t,
                        "chat <image_description>" + Fixtures.trueFacts(t)
                                + "</image_description><think>x</think><answer>A</answer>");
        assertThat(r.components()).containsExactly(Map.entry("perception", 1.0), Map.entry("format_dta_lenient", 1.0));
        assertThat(r.total()).isEqualTo(1.25);
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> parse("{\"parameter\": {}}")).hasMessageContaining("unknown key 'parameter'");
        assertThatThrownBy(() -> parse("{\"designs\": {\"x\": {\"terms\": {\"acuracy\": 1}}}}"))
                .hasMessageContaining("unknown reward component 'acuracy'")
                .hasMessageContaining("accuracy");
        assertThatThrownBy(() -> parse("{\"designs\": {\"x\": {\"terms\": {\"accuracy\": \"1\"}}}}"))
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> parse("{\"designs\": {\"x\": {}}}")).hasMessageContaining("needs 'terms'");
        assertThatThrownBy(() -> parse("{\"parameters\": {\"reasoning_target_chars\": 0}}"))
                .hasMessageContaining("reasoning_target_chars must be >= 1");
        assertThatThrownBy(() -> parse("{\"parameters\": {\"visual_min_references\": 1.5}}"))
                .hasMessageContaining("must be an integer");
        assertThatThrownBy(() -> parse("{\"designs\": {\"Bad Name\": {\"terms\": {\"accuracy\": 1}}}}"))
                .hasMessageContaining("design name 'Bad Name'");
        assertThatThrownBy(() -> Designs.defaults().design("mixtur")).hasMessageContaining("known: vanilla");
    }

    @Test
    void aFileThatIsNotJsonIsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("designs.json");
        Files.writeString(f, "{designs:");
        assertThatThrownBy(() -> DesignConfig.read(f)).hasMessageStartingWith(f + ": not valid JSON");
    }
}
