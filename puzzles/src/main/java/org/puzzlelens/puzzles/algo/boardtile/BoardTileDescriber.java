package org.puzzlelens.puzzles.algo.boardtile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The board in words and as facts: its size and which squares are removed (rows and columns from 1). */
enum BoardTileDescriber implements Describer<BoardTileState> {
    INSTANCE;

    private static final String GUIDE = """
            State the board, one fact per line; rows are numbered from 1 at the top, columns from 1 at the left:
            rows = <number of rows>
            columns = <number of columns>
            removed 1 = <row>,<column> of the first white (removed) square in reading order
            removed 2 = <row>,<column> of the second one, if there is a second""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(BoardTileState s) {
        List<String> squares = new ArrayList<>();
        for (List<Integer> sq : s.removed()) {
            squares.add("row " + (sq.get(0) + 1) + ", column " + (sq.get(1) + 1) + " (a "
                    + (BoardTileState.dark(sq.get(0), sq.get(1)) ? "dark" : "light") + " yellow square)");
        }
        return "The image shows a checkerboard of " + s.rows() + " rows and " + s.columns() + " columns, "
                + "coloured in a chequered pattern of dark yellow and light yellow squares; the top-left square is "
                + "dark yellow. Rows are numbered from 1 at the top and columns from 1 at the left. "
                + (s.removed().size() == 1
                        ? "One square has been removed and is shown white: "
                        : "Two squares have been removed and are shown white: ")
                + String.join(" and ", squares) + ".";
    }

    @Override
    public List<Fact> facts(BoardTileState s) {
        List<Fact> facts = new ArrayList<>(List.of(Fact.of("rows", s.rows()), Fact.of("columns", s.columns())));
        for (int i = 0; i < s.removed().size(); i++) {
            List<Integer> sq = s.removed().get(i);
            facts.add(Fact.of("removed " + (i + 1), (sq.get(0) + 1) + "," + (sq.get(1) + 1)));
        }
        return facts;
    }

    @Override
    public Optional<BoardTileState> fromFacts(BoardTileState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        try {
            int rows = Integer.parseInt(map.getOrDefault("rows", ""));
            int columns = Integer.parseInt(map.getOrDefault("columns", ""));
            List<List<Integer>> removed = new ArrayList<>();
            for (int i = 1; map.containsKey("removed " + i); i++) {
                String[] rc = map.get("removed " + i).split(",");
                if (rc.length != 2) {
                    return Optional.empty();
                }
                removed.add(List.of(Integer.parseInt(rc[0].trim()) - 1, Integer.parseInt(rc[1].trim()) - 1));
            }
            return Optional.of(new BoardTileState(rows, columns, removed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
