package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {
    @Test
    void readsFactsOutOfFreeTextTolerantly() {
        String text = """
                Sure! Here is what I see:
                - **Hour**: 7
                * minute = 06.
                1. r2c3 -> Wall
                Peg 1 = 4, 1
                The clock looks old.
                hour = 9
                """;
        assertThat(Facts.parse(text))
                .containsExactly(
                        new Fact("hour", "7"),
                        new Fact("minute", "06"),
                        new Fact("r2c3", "wall"),
                        new Fact("peg 1", "4,1"));
    }

    @Test
    void scoresRightWrongMissingAndExtra() {
        List<Fact> truth = List.of(Fact.of("a", 1), Fact.of("b", 2), Fact.of("c", 3));
        FactScore s = Facts.score(truth, List.of(Fact.of("a", 1), Fact.of("b", 5), Fact.of("z", 0)));
        assertThat(s).isEqualTo(new FactScore(3, 1, 1, 1, 1));
        assertThat(s.precision()).isEqualTo(1 / 3.0);
        assertThat(s.recall()).isEqualTo(1 / 3.0);
        assertThat(Facts.score(truth, List.of()).precision()).isZero();
        assertThat(Facts.score(truth, truth).exact()).isTrue();
    }

    @Test
    void checksEachTrueKeyInOrderThenTheExtraOnes() {
        List<Fact> truth = List.of(Fact.of("a", 1), Fact.of("b", 2), Fact.of("c", 3));
        assertThat(Facts.check(truth, List.of(Fact.of("z", 0), Fact.of("b", 5), Fact.of("a", 1))))
                .containsExactly(
                        new Facts.Check("a", "1", "1", Facts.Match.RIGHT),
                        new Facts.Check("b", "2", "5", Facts.Match.WRONG),
                        new Facts.Check("c", "3", null, Facts.Match.MISSING),
                        new Facts.Check("z", null, "0", Facts.Match.EXTRA));
    }
}
