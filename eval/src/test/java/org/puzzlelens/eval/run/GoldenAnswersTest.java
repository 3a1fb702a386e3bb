package org.puzzlelens.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.testing.GoldenAnswers;

/** The evaluation grades the golden table's completions as the chat package reads them. */
class GoldenAnswersTest {
    static List<GoldenAnswers.Row> golden() {
        return GoldenAnswers.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void gradesTheGoldenTable(GoldenAnswers.Row row) {
        EvalItem item = new EvalItem(
                "golden",
                row.type(),
                "Which option?",
                row.options(),
                row.goldIndex(),
                null,
                null,
                null,
                row.toString());
        Scorer.Answered answered = (Scorer.Answered) Scorer.grade(item, Condition.IMAGE, row.completion());
        assertThat(answered.index()).isEqualTo(row.expected());
        assertThat(answered.method()).isEqualTo(row.expected() < 0 ? EvalResult.UNPARSEABLE : row.rule());
    }
}
