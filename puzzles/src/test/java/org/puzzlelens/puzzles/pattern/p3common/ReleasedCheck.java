package org.puzzlelens.puzzles.pattern.p3common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.testing.ReleasedData;

/**
 * Checks a PuzzleVQA type against its 100 released records: every answer is among its options, and
 * every record whose caption states the whole pattern is solved to the released answer.
 */
public final class ReleasedCheck {
    /** How many records were read and solved; the refusal messages of the others. */
    public record Tally(int records, int solved, List<String> refusals) {
    }

    private ReleasedCheck() {
    }

    public static <S extends Record> Tally run(PuzzleType<S> type) throws Exception {
        List<String> lines = Files.readAllLines(ReleasedData.puzzleVqa(type.info().name()));
        int solved = 0;
        List<String> refusals = new ArrayList<>();
        for (String line : lines) {
            JsonNode record = Json.MAPPER.readTree(line);
            String answer = record.get("answer").asText();
            List<String> options = new ArrayList<>();
            record.get("options").forEach(o -> options.add(o.asText()));
            assertThat(options).as(line).contains(answer);
            S state;
            try {
                state = type.fromReleased(record);
            } catch (MalformedRecordException e) {
                refusals.add(e.getMessage());
                continue;
            }
            assertThat(type.solve(state).answer()).as(line).isEqualTo(answer);
            solved++;
        }
        return new Tally(lines.size(), solved, refusals);
    }
}
