package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamTest {
    private static final Param.Int STEP =
            Param.Int.same("step", "a step", IntRange.exactly(5)).legal(IntDomain.divisorsOf(60));

    @Test
    void anIllegalValueIsRefusedWithTheLegalValuesListed() {
        assertThatThrownBy(() -> STEP.parse("7"))
                .hasMessage("parameter step takes a divisor of 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60), not 7");
        assertThat(STEP.parse(" 15 ")).isEqualTo(15);
        assertThatThrownBy(() -> STEP.parse("x")).hasMessageContaining("takes an integer, not 'x'");
    }

    @Test
    void withoutAStatedDomainTheLegalValuesAreWhatThePresetsSpan() {
        Param.Int disks = new Param.Int("disks", "disks", IntRange.of(3, 4), IntRange.of(3, 6), IntRange.of(6, 8));
        assertThat(disks.parse("8")).isEqualTo(8);
        assertThatThrownBy(() -> disks.parse("50")).hasMessage("parameter disks takes 3..8, not 50");
        assertThatThrownBy(() -> disks.parse("2")).hasMessage("parameter disks takes 3..8, not 2");
    }

    @Test
    void aPresetRangeOutsideTheLegalValuesIsADeclarationError() {
        assertThatThrownBy(() ->
                        Param.Int.same("step", "a step", IntRange.of(5, 7)).legal(IntDomain.divisorsOf(60)))
                .hasMessageContaining("the preset range 5..7 leaves its legal values");
    }

    @Test
    void valuesAreReadTypedByTheirDeclaration() {
        Param.Choice side = Param.Choice.same("side", "a side", List.of("left", "right"));
        Parameters p = new Parameters(Map.of("step", 5, "side", "left"));
        assertThat(p.get(STEP)).isEqualTo(5);
        assertThat(p.get(side)).isEqualTo("left");
    }

    @Test
    void everyRegisteredTypesPresetsKeepItsRules() {
        for (PuzzleType<?> type : Registry.get().all()) {
            for (Preset preset : Preset.values()) {
                ParamRule.check(type.info(), preset, Map.of()); // throws naming the type and the values
            }
        }
    }

    @Test
    void aFixedValueThatBreaksARuleUnderAPresetIsNamedWithTheValuesItMeets() {
        TypeInfo chain = Registry.get().type("chain_link").info();
        assertThatThrownBy(() -> ParamRule.check(chain, Preset.HARD, Map.of("most_segments", 7)))
                .hasMessageContaining("chain_link: most_segments must be at least fewest_segments")
                .hasMessageContaining("with --param most_segments=7")
                .hasMessageContaining("fewest_segments=16");
        ParamRule.check(chain, Preset.EASY, Map.of("most_segments", 7)); // easy draws 4 fewest: fine
    }
}
