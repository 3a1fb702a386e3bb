package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/** The polygons in words, as a released-style caption and as facts: each polygon's sides and number. */
enum PolygonSidesNumberDescriber implements Describer<PolygonSidesNumberState> {
    INSTANCE;

    static final String NUMBERS_LABEL = "arranged in a triangle with number ";
    private static final String GUIDE = """
            Number the polygons in reading order: p1 is the top one, then each row from left to right.
            For every polygon write two facts, one per line:
            pK sides = <its number of sides, 3..12>
            pK number = <the number written inside it, or ? for the question mark>""";

    static String caption(PolygonSidesNumberState s) {
        return "There are " + s.sides().size() + " numbered polygons " + NUMBERS_LABEL
                + Triangle.rowsPhrase(captionItems(s.labels())) + ". "
                + PolygonTriangle.sidesSentence(s.sides());
    }

    private static List<Object> captionItems(List<String> labels) {
        return labels.stream()
                .<Object>map(l -> l.equals(PyList.MISSING) ? l : Integer.valueOf(l))
                .toList();
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(PolygonSidesNumberState s) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < s.sides().size(); i++) {
            String label = s.labels().get(i);
            phrases.add("a polygon with " + s.sides().get(i) + " sides showing "
                    + (label.equals(PyList.MISSING) ? "a question mark" : "the number " + label));
        }
        return "The image shows " + s.sides().size() + " light purple polygons with black outlines, arranged in a "
                + "triangle: one polygon in the top row and one more in each row below. Each polygon has a number "
                + "written inside it, except one that shows a question mark. "
                + PolygonTriangle.describeRows(phrases);
    }

    @Override
    public List<Fact> facts(PolygonSidesNumberState s) {
        return PolygonTriangle.facts(new PolygonTriangle.Parts(s.sides(), s.labels()), "number");
    }

    @Override
    public Optional<PolygonSidesNumberState> fromFacts(PolygonSidesNumberState question, List<Fact> facts) {
        return PolygonTriangle.fromFacts(
                facts, "number", PolygonSidesNumberState::new, PolygonSidesNumberSolver::solve);
    }

    /** Reads numbers and side counts from the caption; released captions state no side counts and are refused. */
    static PolygonSidesNumberState fromCaption(String caption) {
        return PolygonTriangle.fromCaption(caption, NUMBERS_LABEL, PolygonSidesNumberState::new);
    }
}
