package org.puzzlelens.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.puzzles.chat.Condition;

/** The verdict table of docs/EVALUATION.md, row by row ("-" = condition not run). */
class AttributionTest {
    private static void put(Map<Condition, EvalResult> results, Condition c, String right) {
        if (!right.equals("-")) {
            results.put(
                    c,
                    new EvalResult(
                            "m",
                            "s",
                            c.id(),
                            "clock",
                            "clock-1",
                            0,
                            EvalResult.OK,
                            4,
                            "A",
                            "",
                            null,
                            null,
                            null,
                            null,
                            right.equals("yes"),
                            null,
                            null,
                            1,
                            0,
                            0,
                            0));
        }
    }

    @ParameterizedTest(name = "image right {0}, text right {1}, transcription sufficient {2} -> {3}")
    @CsvSource({
        "yes, no,  no,  CORRECT",
        "no,  yes, yes, UNEXPLAINED",
        "no,  yes, no,  PERCEPTION",
        "no,  yes, -,   PERCEPTION",
        "no,  no,  no,  BOTH",
        "no,  no,  yes, REASONING",
        "no,  no,  -,   REASONING",
        "no,  -,   no,  PERCEPTION",
        "no,  -,   yes, REASONING",
        "no,  -,   -,   UNATTRIBUTED",
        "-,   yes, no,  UNATTRIBUTED",
    })
    void verdictTable(String imageRight, String textRight, String sufficient, Verdict expected) {
        Map<Condition, EvalResult> results = new EnumMap<>(Condition.class);
        put(results, Condition.IMAGE, imageRight);
        put(results, Condition.TEXT, textRight);
        put(results, Condition.TRANSCRIBE, sufficient);
        assertThat(new Attribution.Case("clock", "clock-1", 0, results).verdict())
                .isEqualTo(expected);
    }
}
