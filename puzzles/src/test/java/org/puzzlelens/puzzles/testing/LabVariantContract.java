package org.puzzlelens.puzzles.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Suite;

/**
 * The puzzle type contract for a lab variant: its description is its fact lines, and its answers
 * are uniform among its fixed options. A subclass reads pixels as the varied type's test does.
 */
public abstract class LabVariantContract<S extends Record> extends PuzzleTypeContract<S> {
    @Override
    protected abstract LabVariant<S> type();

    @Override
    protected S parseDescription(String description, S question) {
        return type().fromFacts(question, Facts.parse(description)).orElseThrow();
    }

    @Test
    void isALabVariantWithUniformAnswersAmongFixedOptions() {
        assertThat(type().info().suite()).isEqualTo(Suite.LAB);
        int[] counts = new int[type().fixedOptions().size()];
        for (int i = 0; i < 400; i++) {
            PuzzleInstance p = Instances.create(type(), SEED, i, Preset.ALGOPUZZLEVQA);
            assertThat(p.options()).isEqualTo(type().fixedOptions());
            counts[p.answerIndex()]++;
        }
        for (int c : counts) {
            assertThat(c).as(Arrays.toString(counts)).isBetween(60, 140);
        }
    }
}
