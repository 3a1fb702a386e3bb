package org.puzzlelens.puzzles.algo.chainlink;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * The released rule: a necklace needs an open link between every two closed segments, so while
 * there are fewer open links than closed segments, cut one end link of the shortest closed
 * segment (a one-link segment then disappears, which lowers the need); finally weld every open link.
 */
final class ChainLinkSolver {
    private ChainLinkSolver() {}

    static Solution solve(ChainLinkState s) {
        Trace trace = new Trace()
                .add(
                        "There are %d open links and %d closed segments (lengths 1..5: %s), %d pieces in all.",
                        s.openLinks(), s.closedSegments(), s.closedByLength(), s.pieces())
                .add("In the necklace every closed segment must be joined to the next by an open link, so at least "
                        + "as many open links as closed segments are needed, and every open link is welded at the end.")
                .add("Each cut adds one open link; cutting the shortest segment is best, because a one-link segment "
                        + "then stops being a closed segment.");
        List<List<Integer>> steps = new ArrayList<>();
        steps.add(s.counts());
        ChainLinkState now = s;
        while (now.openLinks() < now.closedSegments()) {
            int shortest = 1;
            while (now.closedByLength().get(shortest - 1) == 0) {
                shortest++;
            }
            List<Integer> closed = new ArrayList<>(now.closedByLength());
            closed.set(shortest - 1, closed.get(shortest - 1) - 1);
            if (shortest > 1) {
                closed.set(shortest - 2, closed.get(shortest - 2) + 1);
            }
            now = new ChainLinkState(now.openLinks() + 1, closed, s.cutMinutes(), s.weldMinutes());
            steps.add(now.counts());
            trace.add(
                    "Cut %d: open a link of a %d-link segment; now %d open links and %d closed segments.",
                    steps.size() - 1, shortest, now.openLinks(), now.closedSegments());
        }
        int cuts = steps.size() - 1;
        int welds = now.openLinks();
        int total = cuts * s.cutMinutes() + welds * s.weldMinutes();
        trace.add(
                        "%d open links >= %d closed segments, so weld all %d open links.",
                        now.openLinks(), now.closedSegments(), welds)
                .add(
                        "Time: %d cuts x %d min + %d welds x %d min = %d minutes.",
                        cuts, s.cutMinutes(), welds, s.weldMinutes(), total)
                .add("Answer: %d", total);

        var fields = Json.object();
        ArrayNode stepNodes = fields.putArray("steps");
        steps.forEach(step -> stepNodes.add(Json.tree(step)));
        fields.put("cuts", cuts);
        fields.put("joins", welds);
        fields.put("each_cut_time", s.cutMinutes());
        fields.put("each_join_time", s.weldMinutes());
        fields.put("total_time", total);
        return new Solution(Integer.toString(total), trace.lines(), fields);
    }
}
