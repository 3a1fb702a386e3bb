package org.puzzlelens.puzzles.algo.nqueens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The board in words and as one fact a row: the column of its queen, or none. */
enum NQueensDescriber implements Describer<NQueensState> {
    INSTANCE;

    private static final String GUIDE = """
            State, for every row of the board, the column of the queen in it, one fact per line; rows are
            numbered from 1 at the top, columns from 1 at the left:
            row <r> = <column of the queen in row r, or none>
            e.g. row 1 = 7""";
    private static final String NONE = "none";

    /** "an" before numbers spoken with a vowel sound: 8, 11, 18, 80..89. */
    static String article(int n) {
        return n == 11 || n == 18 || Integer.toString(n).startsWith("8") ? "an" : "a";
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(NQueensState s) {
        List<String> queens = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            int c = s.queenIn(r);
            if (c < 0) {
                empty.add(Integer.toString(r + 1));
            } else {
                queens.add("row " + (r + 1) + " column " + (c + 1));
            }
        }
        return "The image shows " + article(s.size()) + " " + s.size() + " x " + s.size()
                + " chessboard in light and dark yellow squares "
                + "(rows numbered from 1 at the top, columns from 1 at the left) with "
                + s.queens().size()
                + " white queens, at: " + String.join("; ", queens) + ". Rows " + String.join(" and ", empty)
                + " have no queen.";
    }

    @Override
    public List<Fact> facts(NQueensState s) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            int c = s.queenIn(r);
            facts.add(Fact.of("row " + (r + 1), c < 0 ? NONE : Integer.toString(c + 1)));
        }
        return facts;
    }

    /** The board size is the question's; the state must leave room for the two missing queens. */
    @Override
    public Optional<NQueensState> fromFacts(NQueensState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<Integer>> queens = new ArrayList<>();
        try {
            for (int r = 0; r < question.size(); r++) {
                String value = map.get("row " + (r + 1));
                if (value == null) {
                    return Optional.empty();
                }
                if (!value.equals(NONE)) {
                    queens.add(List.of(r, Integer.parseInt(value) - 1));
                }
            }
            NQueensState s = new NQueensState(question.size(), queens);
            return NQueensSolver.complete(s).isPresent() ? Optional.of(s) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
