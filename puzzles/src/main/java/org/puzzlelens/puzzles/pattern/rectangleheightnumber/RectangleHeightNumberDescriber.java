package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** The row in words and as facts: each rectangle's length and number. */
enum RectangleHeightNumberDescriber implements Describer<RectangleHeightNumberState> {
    INSTANCE;

    private static final String GUIDE = RectangleRow.factGuide("number", "the number inside it");

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(RectangleHeightNumberState s) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < s.lengths().size(); i++) {
            String label = s.labels().get(i);
            phrases.add("a " + RectangleRow.lengthName(s.lengths().get(i)) + " rectangle showing "
                    + (label.equals(PyList.MISSING) ? "a question mark" : "the number " + label));
        }
        return "The image shows " + s.lengths().size() + " light green rounded rectangles standing side by side in a "
                + "row, all centred on one horizontal line. Each is short, medium (twice as tall) or long (three times "
                + "as tall) and has a number inside, except one that shows a question mark. From left to right: "
                + String.join("; ", phrases) + ".";
    }

    @Override
    public List<Fact> facts(RectangleHeightNumberState s) {
        return RectangleRow.facts(s.lengths(), s.labels(), "number");
    }

    @Override
    public Optional<RectangleHeightNumberState> fromFacts(RectangleHeightNumberState question, List<Fact> facts) {
        return RectangleRow.fromFacts(
                facts, "number", RectangleHeightNumberState::new, RectangleHeightNumberSolver::solve);
    }

    /** The caption lists every number and every length, so released records read in full. */
    static RectangleHeightNumberState fromCaption(String caption) {
        return RectangleRow.fromCaption(
                caption, RectangleHeightNumberSolver.NUMBERS_LABEL, RectangleHeightNumberState::new);
    }
}
