package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Facts#score} counts without building {@link Facts#check}'s list, and with a {@link KeyedFacts}
 * truth without a table of the true keys; it must be that list's tally, on fact lists drawn from few keys and values (so that keys repeat, match, differ and go missing).
 */
class FactsScoreTest {
    @Provide
    Arbitrary<List<Fact>> facts() {
        return Combinators.combine(Arbitraries.of("a", "b", "c", "d", "e"), Arbitraries.of("1", "2"))
                .as(Fact::new)
                .list()
                .ofMaxSize(6);
    }

    @Property(tries = 3000, seed = "17")
    void isTheTallyOfTheChecks(@ForAll("facts") List<Fact> truth, @ForAll("facts") List<Fact> claimed) {
        if (truth.stream().map(Fact::key).distinct().count() < truth.size()) {
            assertThatThrownBy(() -> Facts.score(truth, claimed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("fact key stated twice: ");
            assertThatThrownBy(() -> Facts.score(KeyedFacts.copyOf(truth), claimed))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("fact key stated twice: ");
            assertThatThrownBy(() -> Facts.check(truth, claimed)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        List<Facts.Check> checks = Facts.check(truth, claimed);
        assertThat(KeyedFacts.copyOf(truth)).isEqualTo(truth);
        assertThat(List.of(Facts.score(truth, claimed), Facts.score(KeyedFacts.copyOf(truth), claimed)))
                .as("plain and keyed truth")
                .containsOnly(new FactScore(
                        truth.size(),
                        count(checks, Facts.Match.RIGHT),
                        count(checks, Facts.Match.WRONG),
                        count(checks, Facts.Match.MISSING),
                        count(checks, Facts.Match.EXTRA)));
    }

    private static int count(List<Facts.Check> checks, Facts.Match match) {
        return (int) checks.stream().filter(c -> c.match() == match).count();
    }
}
