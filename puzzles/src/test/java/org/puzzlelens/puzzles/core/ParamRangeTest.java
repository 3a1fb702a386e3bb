package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.io.SuiteSpec;

/**
 * A fixed --param value inside what the type supports generates (or names its clash with another
 * parameter); one outside is refused with the range, before any work.
 */
class ParamRangeTest {
    @Test
    void everyTypeGeneratesAtBothEndsOfEachSupportedRange() {
        for (PuzzleType<?> type : Registry.get().all()) {
            for (Param p : type.info().params()) {
                if (p instanceof Param.Int i) {
                    // each end beside the other parameters of the preset it comes from
                    var ends = List.of(
                            Map.entry(i.supported().min(), Preset.EASY),
                            Map.entry(i.supported().max(), Preset.HARD));
                    for (var end : ends) {
                        String what = type.info().name() + " " + i.name() + "=" + end.getKey() + " " + end.getValue();
                        try {
                            assertThat(Instances.create(type, 1, 0, end.getValue(), Map.of(i.name(), end.getKey()))
                                            .parameters()
                                            .values())
                                    .as(what)
                                    .containsEntry(i.name(), end.getKey());
                        } catch (IllegalArgumentException clash) {
                            // a clash with another drawn parameter is a usage error with a message, never a crash
                            assertThat(clash.getMessage()).as(what).isNotBlank();
                        }
                    }
                }
            }
        }
    }

    @Test
    void aValueOutsideIsRefusedBeforeAnyWorkNamingTheRange() {
        Param.Int disks = (Param.Int) Registry.get().type("tower_of_hanoi").info().params().stream()
                .filter(p -> p.name().equals("disks"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> new SuiteSpec(
                        Registry.get().select("tower_of_hanoi"),
                        1,
                        1,
                        Preset.ALGOPUZZLEVQA,
                        128,
                        Map.of("disks", "50")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter disks takes " + disks.supported().min() + ".."
                        + disks.supported().max() + ", not 50");
    }
}
