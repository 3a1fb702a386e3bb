package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The ring in words (the released caption lists shapes and sizes in full) and two facts per ring shape. */
enum ShapeSizeHexagonDescriber implements Describer<ShapeSizeHexagonState> {
    INSTANCE;

    private static final String GUIDE = """
            State the shape and the size of each of the six shapes around the centre, going anti-clockwise from
            the one at the 3 o'clock position, two facts per shape, one per line:
            shape <k> = <triangle|square|pentagon|hexagon>
            size <k> = <small|medium|large>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    static String caption(ShapeSizeHexagonState s) {
        return "There are 7 shapes with different sizes in the image, of which there is a missing " + s.centre()
                + " in the center. The other shapes are arranged around the center, which are "
                + PyList.format(s.ring())
                + " in anti-clockwise order. Their corresponding sizes are " + PyList.format(s.sizes()) + ".";
    }

    @Override
    public String describe(ShapeSizeHexagonState s) {
        return caption(s) + " The ring starts at the shape to the right of the center (the 3 o'clock position); the "
                + "center shows only a question mark.";
    }

    @Override
    public List<Fact> facts(ShapeSizeHexagonState s) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < ShapeSizeHexagonState.RING; i++) {
            facts.add(Fact.of("shape " + (i + 1), s.ring().get(i)));
            facts.add(Fact.of("size " + (i + 1), s.sizes().get(i)));
        }
        return facts;
    }

    @Override
    public Optional<ShapeSizeHexagonState> fromFacts(ShapeSizeHexagonState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<String> ring = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int i = 1; i <= ShapeSizeHexagonState.RING; i++) {
            ring.add(map.getOrDefault("shape " + i, ""));
            sizes.add(map.getOrDefault("size " + i, ""));
        }
        try {
            return Optional.of(new ShapeSizeHexagonState(ring, sizes, question.centre()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
