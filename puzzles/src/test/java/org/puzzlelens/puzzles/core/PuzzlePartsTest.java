package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.algo.clock.ClockState;
import org.puzzlelens.puzzles.algo.clock.HourQuarterPuzzle;
import org.puzzlelens.puzzles.pattern.sizecycle.SizeCyclePuzzle;
import org.puzzlelens.puzzles.pattern.sizecycle.SizeCycleState;

/** The base reads each type's state record from the type argument its puzzle class gives it. */
class PuzzlePartsTest {
    @Test
    void theStateRecordIsTheTypeArgumentEvenThroughAGenericBase() {
        assertThat(Registry.get().type("clock").stateType()).isEqualTo(ClockState.class);
        assertThat(new HourQuarterPuzzle().stateType()).isEqualTo(ClockState.class);
        assertThat(new SizeCyclePuzzle().stateType()).isEqualTo(SizeCycleState.class);
    }

    @Test
    void aClassThatLeavesTheStateOpenIsRefused() {
        assertThatThrownBy(Open<ClockState>::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must name its state record as the type argument");
    }

    /** Its state type is erased to {@code Record}: nothing could read its records back. */
    private static final class Open<S extends Record> extends PuzzleParts<S> {
        Open() {
            super(
                    TypeInfo.of("open", Suite.LAB, "a type without a state record", List.of()),
                    (params, rng) -> null,
                    state -> null,
                    state -> new Canvas(1, 1),
                    (S state, Graphics2D g) -> {},
                    null);
        }

        @Override
        public String question(S state) {
            return "";
        }

        @Override
        public S fromReleased(JsonNode record) {
            return null;
        }
    }
}
