package org.puzzlelens.puzzles.pattern.sizegrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/** Deals the three sizes to corners, edges and centre and hides one circle of the drawn role. */
final class SizeGridGenerator {
    static final Param.Choice HIDDEN = new Param.Choice(
            "hidden",
            "which kind of circle is hidden",
            Map.of(
                    Preset.EASY,
                    List.of("corner"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("corner", "edge"),
                    Preset.HARD,
                    List.of("corner", "edge", "centre")));
    static final List<Param> PARAMS = List.of(HIDDEN);

    private SizeGridGenerator() {}

    static SizeGridState generate(Parameters p, RandomGenerator rng) {
        List<String> sizes = new ArrayList<>(Size.WORDS);
        List<String> byRole = new ArrayList<>();
        while (!sizes.isEmpty()) {
            byRole.add(sizes.remove(rng.nextInt(sizes.size())));
        }
        SizeGridState.Role hiddenRole = switch (p.get(HIDDEN)) {
            case "corner" -> SizeGridState.Role.CORNER;
            case "edge" -> SizeGridState.Role.EDGE;
            case "centre" -> SizeGridState.Role.CENTRE;
            default -> throw new IllegalArgumentException("hidden must be corner, edge or centre: " + p.get(HIDDEN));
        };
        List<int[]> candidates = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < SizeGridState.SIZE; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < SizeGridState.SIZE; c++) {
                SizeGridState.Role role = SizeGridState.Role.of(r, c);
                row.add(byRole.get(role.ordinal()));
                if (role == hiddenRole) {
                    candidates.add(new int[] {r, c});
                }
            }
            rows.add(row);
        }
        int[] hidden = candidates.get(rng.nextInt(candidates.size()));
        rows.get(hidden[0]).set(hidden[1], PyList.MISSING);
        return new SizeGridState(rows);
    }
}
