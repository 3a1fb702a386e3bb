package org.puzzlelens.puzzles.algo.thinkdot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The toy in words and as facts: the face each of the eight discs shows. */
enum ThinkDotDescriber implements Describer<ThinkDotState> {
    INSTANCE;

    private static final String GUIDE = """
            State the face colour of every disc, one fact per line, rows top to bottom and discs left to right:
            top 1 = <blue or yellow>   (top 1, top 2, top 3: the top row)
            middle 1 = <blue or yellow>   (middle 1, middle 2: the middle row)
            bottom 1 = <blue or yellow>   (bottom 1, bottom 2, bottom 3: the bottom row)""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ThinkDotState s) {
        StringBuilder out = new StringBuilder("The image shows a Think-a-Dot toy: a pink board with three holes on top "
                + "(left, center and right, each marked by a green arrow) and eight discs separated by red walls, "
                + "three in the top row, two in the middle row (set between the top discs) and three in the bottom "
                + "row. Each disc shows a blue or a yellow face.");
        for (int r = 0; r < s.discs().size(); r++) {
            String name = ThinkDotSolver.ROW_NAMES.get(r);
            out.append(' ')
                    .append(Character.toUpperCase(name.charAt(0)))
                    .append(name.substring(1))
                    .append(" row, left to right: ")
                    .append(String.join(
                            ", ", s.discs().get(r).stream().map(Disc::word).toList()))
                    .append('.');
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(ThinkDotState s) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < s.discs().size(); r++) {
            for (int c = 0; c < s.discs().get(r).size(); c++) {
                facts.add(Fact.of(key(r, c), s.discs().get(r).get(c).word()));
            }
        }
        return facts;
    }

    static String key(int row, int col) {
        return ThinkDotSolver.ROW_NAMES.get(row) + " " + (col + 1);
    }

    @Override
    public Optional<ThinkDotState> fromFacts(ThinkDotState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<Disc>> discs = new ArrayList<>();
        try {
            for (int r = 0; r < ThinkDotState.ROW_SIZES.size(); r++) {
                List<Disc> row = new ArrayList<>();
                for (int c = 0; c < ThinkDotState.ROW_SIZES.get(r); c++) {
                    row.add(Disc.of(map.getOrDefault(key(r, c), "")));
                }
                discs.add(row);
            }
            return Optional.of(new ThinkDotState(discs, question.balls(), question.asked(), question.region()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
