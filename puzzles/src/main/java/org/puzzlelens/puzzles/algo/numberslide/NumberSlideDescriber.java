package org.puzzlelens.puzzles.algo.numberslide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The board in words and as facts: the number on every tile, and where the open position is. */
enum NumberSlideDescriber implements Describer<NumberSlideState> {
    INSTANCE;

    static final String OPEN = "open";
    private static final String GUIDE = """
            State what every cell of the board holds, one fact per line (row 1 at the top, column 1 at the left):
            r<row>c<column> = <the tile's number, or open for the empty position>
            Example: r1c1 = 10, r2c1 = open""";

    static String cell(int value) {
        return value == 0 ? OPEN : Integer.toString(value);
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(NumberSlideState s) {
        int n = s.size();
        StringBuilder out = new StringBuilder("The image shows a " + n + " x " + n + " sliding puzzle inside a red "
                + "wall: " + (n * n - 1) + " numbered tiles and one open position. Rows from top to bottom, cells "
                + "left to right (open marks the empty position):");
        for (int r = 0; r < n; r++) {
            out.append(" row ")
                    .append(r + 1)
                    .append(": ")
                    .append(String.join(
                            " ",
                            s.grid().get(r).stream()
                                    .map(NumberSlideDescriber::cell)
                                    .toList()))
                    .append(r + 1 < n ? ";" : ".");
        }
        return out.toString();
    }

    static String key(int row, int col) {
        return "r" + (row + 1) + "c" + (col + 1);
    }

    @Override
    public List<Fact> facts(NumberSlideState s) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                facts.add(Fact.of(key(r, c), cell(s.grid().get(r).get(c))));
            }
        }
        return facts;
    }

    @Override
    public Optional<NumberSlideState> fromFacts(NumberSlideState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<Integer>> grid = new ArrayList<>();
        try {
            for (int r = 0; r < question.size(); r++) {
                List<Integer> row = new ArrayList<>();
                for (int c = 0; c < question.size(); c++) {
                    String v = map.getOrDefault(key(r, c), "");
                    row.add(v.equals(OPEN) ? 0 : Integer.parseInt(v));
                }
                grid.add(row);
            }
            NumberSlideState s = new NumberSlideState(
                    grid,
                    question.kind(),
                    question.totalMoves(),
                    question.statistic(),
                    question.line(),
                    question.sequence());
            NumberSlideSolver.solve(s); // a misplaced open position can make the given sequence run into the wall
            return Optional.of(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
