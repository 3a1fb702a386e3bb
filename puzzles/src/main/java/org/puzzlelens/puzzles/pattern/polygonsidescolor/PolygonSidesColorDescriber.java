package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/** The polygons in words, as a released-style caption and as facts: each polygon's sides and colour. */
enum PolygonSidesColorDescriber implements Describer<PolygonSidesColorState> {
    INSTANCE;

    static final String COLORS_LABEL = "arranged in a triangle with color ";
    private static final String GUIDE = """
            Number the polygons in reading order: p1 is the top one, then each row from left to right.
            For every polygon write two facts, one per line:
            pK sides = <its number of sides, 3..12>
            pK color = <red, orange, yellow, green, blue or purple; ? for the grey one with the question mark>""";

    static String caption(PolygonSidesColorState s) {
        return "There are " + s.sides().size() + " colored polygons " + COLORS_LABEL + Triangle.rowsPhrase(s.colors())
                + ". " + PolygonTriangle.sidesSentence(s.sides());
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(PolygonSidesColorState s) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < s.sides().size(); i++) {
            String colour = s.colors().get(i);
            phrases.add(
                    colour.equals(PyList.MISSING)
                            ? "a grey polygon with " + s.sides().get(i) + " sides showing a question mark"
                            : "a " + colour + " polygon with " + s.sides().get(i) + " sides");
        }
        return "The image shows " + s.sides().size() + " coloured polygons with black outlines, arranged in a "
                + "triangle: one polygon in the top row and one more in each row below. One polygon is grey and "
                + "shows a question mark instead of its colour. " + PolygonTriangle.describeRows(phrases);
    }

    @Override
    public List<Fact> facts(PolygonSidesColorState s) {
        return PolygonTriangle.facts(new PolygonTriangle.Parts(s.sides(), s.colors()), "color");
    }

    @Override
    public Optional<PolygonSidesColorState> fromFacts(PolygonSidesColorState question, List<Fact> facts) {
        return PolygonTriangle.fromFacts(facts, "color", PolygonSidesColorState::new, PolygonSidesColorSolver::solve);
    }

    /** Reads colours and side counts from the caption; released captions state no side counts and are refused. */
    static PolygonSidesColorState fromCaption(String caption) {
        return PolygonTriangle.fromCaption(caption, COLORS_LABEL, PolygonSidesColorState::new);
    }
}
