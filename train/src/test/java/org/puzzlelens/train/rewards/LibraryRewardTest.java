package org.puzzlelens.train.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Records;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.train.grpo.CompletionReward;
import org.puzzlelens.train.grpo.Rollout;
import org.puzzlelens.train.grpo.Scored;

/** The trainer's rewards are the reward library's: the same totals as RewardEngine, for every design. */
class LibraryRewardTest {
    private static final List<String> SEVEN =
            List.of("vanilla", "only-accuracy", "mixture", "continuous", "visual-fusion", "no-accuracy", "perception");

    static List<PuzzleInstance> puzzles() {
        return List.of(
                Instances.create(Registry.get().type("clock"), 3, 0, Preset.ALGOPUZZLEVQA),
                Instances.create(Registry.get().type("maze"), 3, 1, Preset.ALGOPUZZLEVQA),
                Instances.create(Registry.get().type("colour_hue"), 3, 2, Preset.ALGOPUZZLEVQA));
    }

    /** Right and wrong, tagged and untagged, with and without a fact-style description. */
    static List<String> completions(PuzzleInstance p) {
        String facts = String.join(
                "\n", p.facts().stream().map(f -> f.key() + " = " + f.value()).toList());
        char wrong = p.answerIndex() == 0 ? 'B' : 'A';
        return List.of(
                "<image_description>" + facts + "</image_description><think>" + String.join("\n", p.trace())
                        + " Wait, let me check.</think><answer>" + p.answerLetter() + "</answer>",
                "<think>I guess.</think><answer>" + wrong + "</answer>",
                "The answer is (" + p.answerLetter() + ")",
                "no idea");
    }

    @Test
    void everyDesignGivesTheEngineTotals() throws Exception {
        RewardEngine engine = new RewardEngine(Designs.defaults());
        TrainingRewards source = TrainingRewards.inProcess();
        assertThat(source.names()).containsAll(SEVEN).contains("answer", "answer-format");
        for (String design : SEVEN) {
            CompletionReward reward = source.reward(design);
            assertThat(reward.name()).isEqualTo(design);
            for (PuzzleInstance p : puzzles()) {
                DatasetRecord record = new DatasetRecord(Path.of("mem"), 1, Records.write(p, "images/x.png"));
                for (String c : completions(p)) {
                    Scored scored = reward.score(p, c);
                    var expected = engine.score(design, RewardTargets.of(record, Registry.get()), c);
                    assertThat(scored.total()).as(design + " on " + c).isEqualTo(expected.total());
                    expected.components()
                            .forEach((k, v) -> assertThat(scored.components()).containsEntry(k, v));
                    assertThat(scored.components()).containsKey("accuracy");
                }
            }
        }
    }

    @Test
    void theFirstCompletionEarnsEveryComponentItTargets() throws Exception {
        PuzzleInstance clock = puzzles().getFirst();
        Scored s = TrainingRewards.inProcess()
                .reward("perception")
                .score(clock, completions(clock).getFirst());
        assertThat(s.components())
                .containsEntry("accuracy", 1.0)
                .containsEntry("format_dta", 1.0)
                .containsEntry("perception", 1.0);
        assertThat(s.total()).isEqualTo(3.0);
    }

    @Test
    void aConfigFileAddsDesignsAndUnknownNamesAreRefused(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("designs.json");
        Files.writeString(config, "{\"designs\": {\"seeing\": {\"terms\": {\"perception\": 2, \"accuracy\": 1}}}}");
        TrainingRewards source = new TrainingRewards(config, null, null);
        PuzzleInstance clock = puzzles().getFirst();
        assertThat(source.reward("seeing")
                        .score(clock, completions(clock).getFirst())
                        .total())
                .isEqualTo(3.0);
        assertThatThrownBy(() -> TrainingRewards.inProcess().reward("seeing"))
                .hasMessageContaining("unknown reward design 'seeing'")
                .hasMessageContaining("perception");
    }

    @Test
    void behaviourMetricsCountReflectionAndVisualReferences() {
        PuzzleInstance clock = puzzles().getFirst();
        LibraryReward reward = new LibraryReward(new RewardEngine(Designs.defaults()), "vanilla");
        List<String> texts = List.of(completions(clock).getFirst(), "no idea");
        var metrics = RolloutBehaviour.of(
                reward.score(List.of(new Rollout(clock, texts.get(0)), new Rollout(clock, texts.get(1)))),
                List.of(clock, clock),
                texts);
        assertThat(metrics).containsEntry("self_reflection_rate", 0.5);
        // one of the two answers a letter, so that letter is all of the answers read
        assertThat(metrics).containsEntry("top_letter_share", 1.0);
        assertThat(metrics.get("visual_reference_rate")).isEqualTo(0.5);
        assertThat(metrics.get("reasoning_steps")).isGreaterThan(0.5);
    }
}
