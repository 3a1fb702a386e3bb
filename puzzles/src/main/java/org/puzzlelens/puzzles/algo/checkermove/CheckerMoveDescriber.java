package org.puzzlelens.puzzles.algo.checkermove;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** Both rows in words and as one fact a square ({@code start 2 = empty}). */
enum CheckerMoveDescriber implements Describer<CheckerMoveState> {
    INSTANCE;

    private static final String GUIDE = """
            State every square of both rows, one fact per line, squares numbered from 1 at the left:
            start <square> = green | red | empty   (the starting configuration, on top)
            end <square> = green | red | empty     (the ending configuration, below)""";
    private static final String CODES = "GR_";
    private static final List<String> NAMES = List.of("green", "red", "empty");

    static String name(char square) {
        return NAMES.get(CODES.indexOf(square));
    }

    private static String squares(String row) {
        List<String> out = new ArrayList<>();
        row.chars().forEach(ch -> out.add(name((char) ch)));
        return String.join(", ", out);
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(CheckerMoveState s) {
        return "The image shows two rows of " + s.squares() + " squares. The top row, titled Starting Configuration, "
                + "holds from left to right: " + squares(s.start()) + ". The bottom row, titled Ending Configuration, "
                + "holds from left to right: " + squares(s.end()) + ".";
    }

    @Override
    public List<Fact> facts(CheckerMoveState s) {
        List<Fact> facts = new ArrayList<>();
        for (String side : List.of("start", "end")) {
            String row = side.equals("start") ? s.start() : s.end();
            for (int i = 0; i < row.length(); i++) {
                facts.add(Fact.of(side + " " + (i + 1), name(row.charAt(i))));
            }
        }
        return facts;
    }

    /** The number of squares is the question's. */
    @Override
    public Optional<CheckerMoveState> fromFacts(CheckerMoveState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        try {
            return Optional.of(
                    new CheckerMoveState(row(map, "start", question.squares()), row(map, "end", question.squares())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String row(Map<String, String> map, String side, int squares) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= squares; i++) {
            int code = NAMES.indexOf(map.getOrDefault(side + " " + i, ""));
            if (code < 0) {
                throw new IllegalArgumentException("no valid fact for " + side + " " + i);
            }
            row.append(CODES.charAt(code));
        }
        return row.toString();
    }
}
