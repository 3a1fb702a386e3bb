package org.puzzlelens.rewards.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.service.RecordIndex;

class OfflineScorerTest {
    @Test
    void scoresEveryReadableLineUnderEveryDesignAndNamesTheRest(@TempDir Path dir) throws Exception {
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            records.add(new DatasetRecord(Path.of("clock.json"), i + 1, Fixtures.record(i)));
        }
        RecordIndex index = RecordIndex.of(records, "the suite", Registry.get(), Progress.NONE);
        RewardTarget a = Fixtures.target(0);
        RewardTarget b = Fixtures.target(1);
        String text = String.join(
                "\n",
                line("id", a.id(), "completion", Fixtures.described(a, Fixtures.letter(a))),
                line(
                        "label",
                        RewardTargets.label(b),
                        "response",
                        "<think>t</think><answer>" + Fixtures.wrongLetter(b) + "</answer>"),
                line("id", "clock-s42-00099", "completion", "A"),
                "{broken",
                line("id", a.id(), "text", "A"),
                line("instance", a.id(), "response", "<think>t</think><answer>" + Fixtures.letter(a) + "</answer>"));
        Path in = Files.writeString(dir.resolve("gens.jsonl"), text + "\n");
        Path out = dir.resolve("out/scored.jsonl");
        RewardEngine engine = new RewardEngine(Designs.defaults());
        OfflineScorer.Report report = new OfflineScorer(engine, index, Registry.get())
                .score(in, engine.designs().select("vanilla,perception"), out, Progress.NONE);
        assertThat(report.scored()).isEqualTo(3);
        assertThat(report.problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains(":3: no record 'clock-s42-00099'"))
                .anySatisfy(p -> assertThat(p).contains(":4: malformed JSON"))
                .anySatisfy(p -> assertThat(p).contains(":5: no completion text"));
        // line 6 is shaped like an evaluation result: right answer, think-then-answer, no description
        assertThat(report.byDesign().get("perception").meanTotal()).isEqualTo((3.0 + 0.0 + 1.0) / 3);
        assertThat(report.byDesign().get("vanilla").meanTotal()).isEqualTo((1.0 + 1.0 + 2.0) / 3);
        assertThat(report.byType().get("clock").accuracy()).isEqualTo(2 / 3.0);
        List<String> written = Files.readAllLines(out);
        assertThat(written).hasSize(3);
        // JSON Lines: every line one object from its first character, no separator carried over
        assertThat(written).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertThat(Json.MAPPER
                        .readTree(written.get(0))
                        .at("/rewards/perception/total")
                        .asDouble())
                .isEqualTo(3.0);
        assertThat(Json.MAPPER.readTree(written.get(1)).get("line").asInt()).isEqualTo(2);
    }

    private static String line(String refKey, String ref, String textKey, String text) {
        var o = Json.object();
        o.put(refKey, ref);
        o.put(textKey, text);
        return Json.line(o);
    }
}
