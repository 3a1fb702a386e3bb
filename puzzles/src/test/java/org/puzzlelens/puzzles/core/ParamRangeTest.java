package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.io.SuiteSpec;

/** A fixed --param value is either inside what the type supports (and generates) or refused with the range. */
class ParamRangeTest {
    @Test
    void everyTypeGeneratesAtBothEndsOfEachSupportedRange() {
        for (PuzzleType<?> type : Registry.get().all()) {
            for (Param p : type.info().params()) {
                if (p instanceof Param.Int i) {
                    for (int value : new int[] {i.supported().min(), i.supported().max()}) {
                        for (Preset preset : Preset.values()) {
                            PuzzleInstance inst = Instances.create(type, 1, 0, preset, Map.of(i.name(), value));
                            assertThat(inst.parameters().values()).as(type.info().name() + " " + i.name() + "=" + value)
                                    .containsEntry(i.name(), value);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aValueOutsideIsRefusedBeforeAnyWorkNamingTheRange() {
        Param.Int disks = (Param.Int) Registry.get().type("tower_of_hanoi").info().params().stream()
                .filter(p -> p.name().equals("disks")).findFirst().orElseThrow();
        assertThatThrownBy(() -> new SuiteSpec(Registry.get().select("tower_of_hanoi"), 1, 1, Preset.ALGOPUZZLEVQA, 128,
                Map.of("disks", "50")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter disks = 50 is outside the supported range " + disks.supported()
                        + " (from the easy to the hard preset)");
    }
}
