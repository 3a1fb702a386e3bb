package org.puzzlelens.puzzles.pattern.p1common;

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
    private ReleasedPatterns() {
    }

    /** Asserts agreement and returns how many records could be read from their captions. */
    public static <S extends Record> int agreeing(PuzzleType<S> type) throws IOException {
        List<DatasetRecord.Result> lines = DatasetRecord.readAll(ReleasedData.puzzleVqa(type.info().name()));
        assertThat(lines).hasSize(100).allMatch(DatasetRecord.Result::ok);
        int parsed = 0;
        List<String> disagreements = new ArrayList<>();
        for (DatasetRecord.Result line : lines) {
            DatasetRecord r = line.record();
            assertThat(r.options()).as(r.where()).contains(r.answer());
            S state;
            try {
                state = type.fromReleased(r.json());
            } catch (MalformedRecordException e) {
                continue;
            }
            parsed++;
            String solved = type.solve(state).answer();
            if (!type.sameAnswer(solved, r.answer())) {
                disagreements.add(r.where() + ": released " + r.answer() + ", solved " + solved);
            }
        }
        assertThat(disagreements).isEmpty();
        return parsed;
    }
}
