package org.puzzlelens.puzzles.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.io.DatasetRecord;

/** The released AlgoPuzzleVQA records of one type, each with the state {@code fromReleased} reads from it. */
public final class ReleasedRecords {
    /** The released file of every AlgoPuzzleVQA type holds this many records. */
    public static final int COUNT = 100;

    private ReleasedRecords() {}

    /** One released record and the state read from it. */
    public record Line<S>(S state, DatasetRecord record) {
        public JsonNode solution() {
            return record.json().get("solution");
        }
    }

    /** Every released record of {@code type}, in file order; fails unless all 100 lines are records. */
    public static <S extends Record> List<Line<S>> of(PuzzleType<S> type) throws IOException {
        List<DatasetRecord.Result> lines =
                DatasetRecord.readAll(ReleasedData.algoPuzzleVqa(type.info().name()));
        assertThat(lines).hasSize(COUNT);
        List<Line<S>> out = new ArrayList<>();
        for (DatasetRecord.Result line : lines) {
            assertThat(line.ok()).as(line.problem()).isTrue();
            out.add(new Line<>(type.fromReleased(line.record().json()), line.record()));
        }
        return out;
    }

    /** Every released question is worded exactly as {@code type} words it for the state read from the record. */
    public static <S extends Record> void assertQuestionsMatch(PuzzleType<S> type) throws IOException {
        for (Line<S> r : of(type)) {
            assertThat(type.question(r.state()))
                    .as(r.record().where())
                    .isEqualTo(r.record().question());
        }
    }

    /** As {@link #assertQuestionsMatch}, and every released solution field is reproduced exactly too. */
    public static <S extends Record> void assertQuestionsAndSolutionsMatch(PuzzleType<S> type) throws IOException {
        for (Line<S> r : of(type)) {
            assertThat(type.question(r.state()))
                    .as(r.record().where())
                    .isEqualTo(r.record().question());
            assertThat(type.solve(r.state()).fields()).as(r.record().where()).isEqualTo(r.solution());
        }
    }
}
