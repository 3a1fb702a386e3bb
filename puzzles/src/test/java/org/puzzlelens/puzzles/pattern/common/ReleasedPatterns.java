package org.puzzlelens.puzzles.pattern.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.testing.ReleasedData;

/**
 * Checks a PuzzleVQA type against its 100 released records: every answer is among its options, and
 * every record whose caption states the full pattern is read and solved to the released answer.
 */
public final class ReleasedPatterns {
    private ReleasedPatterns() {}

    /**
     * How many records there were, how many captions could be read, the refusal messages of the
     * others, and the records solved to an answer other than the released one.
     */
    public record Tally(int records, int parsed, List<String> refusals, List<String> disagreements) {}

    public static <S extends Record> Tally check(PuzzleType<S> type) throws IOException {
        List<DatasetRecord.Result> lines =
                DatasetRecord.readAll(ReleasedData.puzzleVqa(type.info().name()));
        assertThat(lines).allMatch(DatasetRecord.Result::ok);
        int parsed = 0;
        List<String> refusals = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        for (DatasetRecord.Result line : lines) {
            DatasetRecord r = line.record();
            assertThat(r.options()).as(r.where()).contains(r.answer());
            S state;
            try {
                state = type.fromReleased(r.json());
            } catch (MalformedRecordException e) {
                refusals.add(e.getMessage());
                continue;
            }
            parsed++;
            String solved = type.solve(state).answer();
            if (!solved.equals(r.answer())) {
                disagreements.add(r.where() + ": released " + r.answer() + ", solved " + solved);
            }
        }
        return new Tally(lines.size(), parsed, refusals, disagreements);
    }

    /** Asserts 100 records and no disagreement; returns how many records could be read from their captions. */
    public static <S extends Record> int agreeing(PuzzleType<S> type) throws IOException {
        Tally tally = check(type);
        assertThat(tally.records()).isEqualTo(100);
        assertThat(tally.disagreements()).isEmpty();
        return tally.parsed();
    }

    /** Asserts agreement with at least {@code minParsed} records read from their captions. */
    public static <S extends Record> void assertAgrees(PuzzleType<S> type, int minParsed) throws IOException {
        assertThat(agreeing(type))
                .as("released captions that state the full pattern")
                .isGreaterThanOrEqualTo(minParsed);
    }
}
