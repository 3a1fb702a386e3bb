package org.puzzlelens.puzzles.algo.colourhue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Splits the permutation from board (A) to board (B) into cycles: a cycle of length k needs k - 1
 * swaps and no fewer, so the least number of swaps is the tile count minus the number of cycles.
 */
final class ColourHueSolver {
    private ColourHueSolver() {}

    static List<Integer> identity(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    static Solution solve(ColourHueState s) {
        int n = s.size();
        List<Integer> order = s.shuffledOrder();
        Trace trace = new Trace();
        int inPlace = (int) IntStream.range(0, n).filter(j -> order.get(j) == j).count();
        trace.add("Matching each tile of (A) to its colour in (B): %d of %d tiles are already in place.", inPlace, n);
        boolean[] seen = new boolean[n];
        int cycles = 0;
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            cycles++;
            List<String> path = new ArrayList<>();
            int j = start;
            while (!seen[j]) {
                seen[j] = true;
                path.add(s.cell(j));
                j = order.get(j);
            }
            if (path.size() > 1) {
                trace.add(
                        "The tile at %s belongs at %s: cycle %s -> %s of %d tiles needs %d %s.",
                        path.get(0),
                        path.get(1),
                        String.join(" -> ", path),
                        path.get(0),
                        path.size(),
                        path.size() - 1,
                        path.size() == 2 ? "swap" : "swaps");
            }
        }
        int swaps = n - cycles;
        trace.add(
                "%d tiles form %d %s (fixed tiles count as cycles of one), so the least number of swaps is "
                        + "%d - %d = %d.",
                n, cycles, cycles == 1 ? "cycle" : "cycles", n, cycles, swaps);
        trace.add("Answer: %d", swaps);

        var fields = Json.object();
        fields.set("ideal_grid", grid(s, s.ideal()::get));
        fields.set("shuffled_grid", grid(s, s::shuffled));
        ArrayNode orderNode = fields.putArray("shuffled_order");
        order.forEach(orderNode::add);
        fields.put("swaps", swaps);
        fields.put("in_position", inPlace);
        fields.put("out_of_position", n - inPlace);
        return new Solution(Integer.toString(swaps), trace.lines(), fields);
    }

    /** Rows x columns x RGB, as released. */
    private static ArrayNode grid(ColourHueState s, IntFunction<Rgb> colourAt) {
        ArrayNode rows = Json.array();
        for (int r = 0; r < s.rows(); r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < s.columns(); c++) {
                Rgb rgb = colourAt.apply(r * s.columns() + c);
                row.addArray().add(rgb.red()).add(rgb.green()).add(rgb.blue());
            }
        }
        return rows;
    }
}
