package org.puzzlelens.puzzles.algo.colourhue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/**
 * The boards in words and as facts. Exact RGB values are not something to transcribe from a picture,
 * so the facts say, for each tile of (A), which tile of (B) has its colour; the colours themselves come
 * from the true state.
 */
enum ColourHueDescriber implements Describer<ColourHueState> {
    INSTANCE;

    private static final String GUIDE = """
            For every tile of the shuffled board (A), name the tile of the ideal board (B) that has the same colour, \
            one fact per line, rows and columns counted from 1 at the top left:
            a r<row>c<column> = r<row>c<column>
            for example "a r1c1 = r1c3" when the top-left tile of (A) has the colour of the third tile of (B)'s first row.""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ColourHueState s) {
        List<String> ideal = new ArrayList<>();
        List<String> shuffled = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            ideal.add(s.cell(i) + " = RGB(" + s.ideal().get(i).text() + ")");
            shuffled.add(s.cell(i) + " holds the tile of (B) "
                    + s.cell(s.shuffledOrder().get(i)));
        }
        return "Two boards of " + s.rows() + " x " + s.columns() + " coloured tiles are shown side by side: (A) on "
                + "the left is the shuffled board, (B) on the right the ideal board, a smooth colour gradient. Tiles "
                + "are named rXcY by row and column, counted from 1 at the top left. Ideal board (B): "
                + String.join("; ", ideal) + ". Shuffled board (A): " + String.join("; ", shuffled) + ".";
    }

    @Override
    public List<Fact> facts(ColourHueState s) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            facts.add(Fact.of("a " + s.cell(i), s.cell(s.shuffledOrder().get(i))));
        }
        return facts;
    }

    @Override
    public Optional<ColourHueState> fromFacts(ColourHueState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < question.size(); i++) {
            cells.add(question.cell(i));
        }
        List<Integer> order = new ArrayList<>();
        for (String cell : cells) {
            int source = cells.indexOf(map.getOrDefault("a " + cell, ""));
            if (source < 0) {
                return Optional.empty();
            }
            order.add(source);
        }
        try {
            return Optional.of(new ColourHueState(question.rows(), question.columns(), question.ideal(), order));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
