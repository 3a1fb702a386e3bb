package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/** One colour, shades stepping evenly from the largest circle inwards, darker or lighter; released: the smallest hidden. */
final class ColorSizeCircleGenerator {
    static final Param.Choice MISSING = new Param.Choice(
            "missing",
            "which circle is hidden: the smallest (as released) or the largest too",
            Map.of(
                    Preset.EASY,
                    List.of("smallest"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("smallest"),
                    Preset.HARD,
                    List.of("smallest", "largest")));
    static final List<Param> PARAMS = List.of(MISSING);

    private ColorSizeCircleGenerator() {}

    static ColorSizeCircleState generate(Parameters p, RandomGenerator rng) {
        String hue = PatternColour.words().get(rng.nextInt(PatternColour.words().size()));
        boolean darkerOutside = rng.nextBoolean();
        List<Integer> levels = new ArrayList<>();
        for (int ring = 0; ring < ColorSizeCircleState.SIZES.size(); ring++) {
            levels.add(darkerOutside ? PatternColour.SHADES - 1 - ring : ring);
        }
        levels.set(p.get(MISSING).equals("smallest") ? levels.size() - 1 : 0, ColorSizeCircleState.HIDDEN);
        return new ColorSizeCircleState(hue, levels);
    }
}
