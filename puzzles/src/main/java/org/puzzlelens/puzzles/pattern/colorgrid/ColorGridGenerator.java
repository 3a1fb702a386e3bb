package org.puzzlelens.puzzles.pattern.colorgrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * Three distinct colours for corners, edges and centre; one corner or edge circle is hidden (the
 * centre is unique, so it could not be inferred). The pattern has no size to vary, so every preset
 * is the released one.
 */
final class ColorGridGenerator {
    static final Param.Choice HIDDEN = Param.Choice.same(
            "hidden", "whether a corner circle or a circle next to the centre is hidden", List.of("corner", "edge"));
    static final List<Param> PARAMS = List.of(HIDDEN);

    private ColorGridGenerator() {}

    static ColorGridState generate(Parameters p, RandomGenerator rng) {
        List<PatternColour> pool = new ArrayList<>(List.of(PatternColour.values()));
        PatternColour corner = pool.remove(rng.nextInt(pool.size()));
        PatternColour edge = pool.remove(rng.nextInt(pool.size()));
        PatternColour centre = pool.remove(rng.nextInt(pool.size()));
        List<PatternColour> colours = new ArrayList<>();
        for (int i = 0; i < Grid3.CELLS; i++) {
            colours.add(
                    switch (Position.of(i)) {
                        case CORNER -> corner;
                        case EDGE -> edge;
                        case CENTRE -> centre;
                    });
        }
        Position hidden = Position.valueOf(p.get(HIDDEN).toUpperCase(Locale.ROOT));
        List<Integer> cells = hidden.cells();
        colours.set(cells.get(rng.nextInt(cells.size())), null);
        return new ColorGridState(colours);
    }
}
