package org.puzzlelens.puzzles.pattern.shapereflect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Words;

/** Both parts in words (the released caption lists them in full) and one fact per shape. */
enum ShapeReflectDescriber implements Describer<ShapeReflectState> {
    INSTANCE;

    private static final String GUIDE = """
            State every shape above and below the line, from left to right, one fact per line:
            top <k> = <triangle|square|pentagon|hexagon, or ? for the question mark>
            bottom <k> = <triangle|square|pentagon|hexagon, or ?>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    static String caption(ShapeReflectState s) {
        return "There are " + Words.number(2 * s.top().size()) + " shapes in the image separated by a line. In the top "
                + "part there are " + PyList.format(s.top()) + ". In the bottom part there are "
                + PyList.format(s.bottom()) + ".";
    }

    @Override
    public String describe(ShapeReflectState s) {
        return caption(s) + " The line is horizontal; each part is listed from left to right, and the shapes below the "
                + "line are drawn upside down. The question mark sits in a dashed circle where the missing shape would be.";
    }

    @Override
    public List<Fact> facts(ShapeReflectState s) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < s.top().size(); i++) {
            facts.add(Fact.of("top " + (i + 1), s.top().get(i)));
        }
        for (int i = 0; i < s.bottom().size(); i++) {
            facts.add(Fact.of("bottom " + (i + 1), s.bottom().get(i)));
        }
        return facts;
    }

    @Override
    public Optional<ShapeReflectState> fromFacts(ShapeReflectState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<String> top = new ArrayList<>();
        List<String> bottom = new ArrayList<>();
        for (int i = 1; i <= question.top().size(); i++) {
            top.add(map.getOrDefault("top " + i, ""));
            bottom.add(map.getOrDefault("bottom " + i, ""));
        }
        try {
            return Optional.of(new ShapeReflectState(top, bottom));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every released caption lists both parts in full. */
    static ShapeReflectState fromCaption(String caption) {
        List<List<String>> parts = PyList.exactly(caption, 2, "the top and bottom parts");
        return PatternAnswers.fromCaption(() -> new ShapeReflectState(parts.get(0), parts.get(1)), "both parts");
    }
}
