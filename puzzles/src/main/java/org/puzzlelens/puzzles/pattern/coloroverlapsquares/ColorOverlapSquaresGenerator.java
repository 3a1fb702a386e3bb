package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** Primary-coloured squares, neighbours different, overlaps their mixes; released: three squares, an end one hidden. */
final class ColorOverlapSquaresGenerator {
    static final Param.Int SQUARES = new Param.Int(
            "squares", "squares in the chain", IntRange.exactly(2), IntRange.exactly(3), IntRange.exactly(4));
    static final Param.Choice MISSING = new Param.Choice(
            "missing",
            "which square is hidden: one at an end (as released) or any",
            Map.of(
                    Preset.EASY,
                    List.of("end"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("end"),
                    Preset.HARD,
                    List.of("end", "any")));
    static final List<Param> PARAMS = List.of(SQUARES, MISSING);

    private ColorOverlapSquaresGenerator() {}

    static ColorOverlapSquaresState generate(Parameters p, RandomGenerator rng) {
        int n = p.get(SQUARES);
        List<String> squares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> choices = new ArrayList<>(PatternColour.PRIMARIES);
            if (i > 0) {
                choices.remove(squares.get(i - 1));
            }
            squares.add(choices.get(rng.nextInt(choices.size())));
        }
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            overlaps.add(PatternColour.mix(squares.get(i), squares.get(i + 1)).orElseThrow());
        }
        int missing = p.get(MISSING).equals("end") ? rng.nextInt(2) * (n - 1) : rng.nextInt(n);
        squares.set(missing, PyList.MISSING);
        return new ColorOverlapSquaresState(squares, overlaps);
    }
}
