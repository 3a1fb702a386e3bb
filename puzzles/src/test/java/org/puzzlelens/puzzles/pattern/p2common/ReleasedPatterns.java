package org.puzzlelens.puzzles.pattern.p2common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.testing.ReleasedData;

/**
 * Checks a type against its 100 released PuzzleVQA records: every answer is among its options, and every
 * record whose caption states the full pattern solves to the released answer.
 */
public final class ReleasedPatterns {
    private ReleasedPatterns() {
    }

    /** How many records there were, how many captions could be read, and the disagreements. */
    public record Tally(int records, int parsed, List<String> disagreements) {
    }

    public static <S extends Record> Tally check(PuzzleType<S> type) throws IOException {
        List<String> lines = Files.readAllLines(ReleasedData.puzzleVqa(type.info().name()));
        int parsed = 0;
        List<String> disagreements = new ArrayList<>();
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
                continue;
            }
            parsed++;
            String solved = type.solve(state).answer();
            if (!type.sameAnswer(solved, answer)) {
                disagreements.add(record.get("image").asText() + ": released " + answer + ", solved " + solved);
            }
        }
        return new Tally(lines.size(), parsed, disagreements);
    }

    /** Asserts the tally: 100 records, at least {@code minParsed} readable, no disagreement. */
    public static void assertAgrees(PuzzleType<?> type, int minParsed) throws IOException {
        Tally tally = check(type);
        assertThat(tally.records()).isEqualTo(100);
        assertThat(tally.parsed()).as("released captions that state the full pattern").isGreaterThanOrEqualTo(minParsed);
        assertThat(tally.disagreements()).isEmpty();
    }
}
