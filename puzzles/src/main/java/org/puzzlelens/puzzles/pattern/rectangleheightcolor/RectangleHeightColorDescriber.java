package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** The row in words and as facts: each rectangle's length and colour. */
enum RectangleHeightColorDescriber implements Describer<RectangleHeightColorState> {
    INSTANCE;

    private static final String GUIDE = RectangleRow.factGuide("color", "red, orange, yellow, green, blue or purple");

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(RectangleHeightColorState s) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < s.lengths().size(); i++) {
            String colour = s.colors().get(i);
            String length = RectangleRow.lengthName(s.lengths().get(i));
            phrases.add(
                    colour.equals(PyList.MISSING)
                            ? "a grey " + length + " rectangle showing a question mark"
                            : "a " + colour + " " + length + " rectangle");
        }
        return "The image shows " + s.lengths().size() + " coloured rounded rectangles standing side by side in a row, "
                + "all centred on one horizontal line. Each is short, medium (twice as tall) or long (three times as "
                + "tall); one is grey and shows a question mark instead of its colour. From left to right: "
                + String.join("; ", phrases) + ".";
    }

    @Override
    public List<Fact> facts(RectangleHeightColorState s) {
        return RectangleRow.facts(s.lengths(), s.colors(), "color");
    }

    @Override
    public Optional<RectangleHeightColorState> fromFacts(RectangleHeightColorState question, List<Fact> facts) {
        return RectangleRow.fromFacts(
                facts, "color", RectangleHeightColorState::new, RectangleHeightColorSolver::solve);
    }

    /** The caption lists every colour and every length, so released records read in full. */
    static RectangleHeightColorState fromCaption(String caption) {
        return RectangleRow.fromCaption(
                caption, RectangleHeightColorSolver.COLORS_LABEL, RectangleHeightColorState::new);
    }
}
