package org.puzzlelens.puzzles.algo.thinkdot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Hole;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Region;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Drops the balls one by one, following the toy's deflection rules, then counts faces. */
final class ThinkDotSolver {
    static final int TOP = 0;
    static final int MIDDLE = 1;
    static final int BOTTOM = 2;
    static final List<String> ROW_NAMES = List.of("top", "middle", "bottom");

    private ThinkDotSolver() {}

    /** One disc a ball passes: row and position within the row. */
    record Step(int row, int col) {
        String name() {
            return ROW_NAMES.get(row) + " " + (col + 1);
        }
    }

    /**
     * The discs a ball passes, read before any flips: a yellow top-left or blue top-right disc drops
     * it straight to the bottom corner; otherwise it crosses a middle disc, whose colour sends it
     * below-left (blue) or below-right (yellow).
     */
    static List<Step> path(List<List<Disc>> discs, Hole hole) {
        List<Step> path = new ArrayList<>();
        Disc top = discs.get(TOP).get(hole.ordinal());
        path.add(new Step(TOP, hole.ordinal()));
        int middle;
        switch (hole) {
            case LEFT -> {
                if (top == Disc.YELLOW) {
                    path.add(new Step(BOTTOM, 0));
                    return path;
                }
                middle = 0;
            }
            case RIGHT -> {
                if (top == Disc.BLUE) {
                    path.add(new Step(BOTTOM, 2));
                    return path;
                }
                middle = 1;
            }
            default -> middle = top == Disc.BLUE ? 0 : 1;
        }
        path.add(new Step(MIDDLE, middle));
        path.add(new Step(BOTTOM, discs.get(MIDDLE).get(middle) == Disc.BLUE ? middle : middle + 1));
        return path;
    }

    static List<List<Disc>> flip(List<List<Disc>> discs, List<Step> path) {
        List<List<Disc>> next = new ArrayList<>();
        discs.forEach(row -> next.add(new ArrayList<>(row)));
        for (Step s : path) {
            next.get(s.row()).set(s.col(), next.get(s.row()).get(s.col()).flipped());
        }
        return next.stream().map(List::copyOf).toList();
    }

    static int count(List<List<Disc>> discs, Disc colour, Region region) {
        List<List<Disc>> rows = region == Region.TOTAL ? discs : List.of(discs.get(region.ordinal()));
        return (int)
                rows.stream().flatMap(List::stream).filter(d -> d == colour).count();
    }

    static Solution solve(ThinkDotState s) {
        Trace trace = new Trace().add("Start: %s.", rowsText(s.discs()));
        List<List<Disc>> discs = s.discs();
        ArrayNode after = Json.array();
        for (int i = 0; i < s.balls().size(); i++) {
            Hole hole = s.balls().get(i);
            List<Step> path = path(discs, hole);
            trace.add("Ball %d through the %s hole: %s.", i + 1, hole.word(), describePath(discs, path));
            discs = flip(discs, path);
            trace.add(
                    "Flip %s; now %s.",
                    String.join(", ", path.stream().map(Step::name).toList()), rowsText(discs));
            after.add(Json.tree(words(discs)));
        }
        int answer = count(discs, s.asked(), s.region());
        trace.add("%s faces %s: %d.", capitalised(s.asked().word()), s.region().phrase, answer);
        trace.add("Answer: %d", answer);

        var fields = Json.object();
        fields.set("start_state", Json.tree(words(s.discs())));
        ArrayNode moves = fields.putArray("moves");
        s.balls().forEach(h -> moves.add(h.word()));
        fields.set("state_after_moves", after);
        fields.set("final_state", Json.tree(words(discs)));
        return new Solution(Integer.toString(answer), trace.lines(), fields);
    }

    private static String describePath(List<List<Disc>> discs, List<Step> path) {
        List<String> parts = new ArrayList<>();
        for (Step step : path) {
            parts.add(step.name() + " (" + discs.get(step.row()).get(step.col()).word() + ")");
        }
        return "passes " + String.join(" -> ", parts);
    }

    static String rowsText(List<List<Disc>> discs) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < discs.size(); r++) {
            rows.add(ROW_NAMES.get(r) + " "
                    + String.join(" ", discs.get(r).stream().map(Disc::word).toList()));
        }
        return String.join(" | ", rows);
    }

    static List<List<String>> words(List<List<Disc>> discs) {
        return discs.stream().map(row -> row.stream().map(Disc::word).toList()).toList();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
