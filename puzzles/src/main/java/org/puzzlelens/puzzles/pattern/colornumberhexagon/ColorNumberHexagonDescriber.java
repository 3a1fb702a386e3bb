package org.puzzlelens.puzzles.pattern.colornumberhexagon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The six parts by place, and two facts a part ({@code part 1 colour = purple}, {@code part 1 number = 3}). */
enum ColorNumberHexagonDescriber implements Describer<ColorNumberHexagonState> {
    INSTANCE;

    private static final String GUIDE = """
            For each of the six triangular parts, one fact per line. Part 1 is the top part; count anti-clockwise \
            (2 upper left, 3 lower left, 4 bottom, 5 lower right, 6 upper right):
            part <n> colour = <red, orange, yellow, green, blue or purple>
            part <n> number = <the number written on it, or ? for the question mark>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ColorNumberHexagonState s) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Hexagon.PARTS; i++) {
            parts.add(
                    "the " + Hexagon.place(i) + " part is " + s.colours().get(i).word() + " with "
                            + PatternDraw.text(s.numbers().get(i)));
        }
        return "The image shows a hexagon split from its centre into six triangular parts, each in a light colour "
                + "and labelled with a number, one with a question mark instead. Going anti-clockwise from the top: "
                + String.join("; ", parts) + ".";
    }

    @Override
    public List<Fact> facts(ColorNumberHexagonState s) {
        List<Fact> out = new ArrayList<>(Hexagon.facts(s.colours(), " colour", PatternColour::word));
        out.addAll(Hexagon.facts(s.numbers(), " number", String::valueOf));
        return out;
    }

    @Override
    public Optional<ColorNumberHexagonState> fromFacts(ColorNumberHexagonState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        return PatternAnswers.fromFacts(
                () -> Hexagon.fromFacts(map, " colour", PatternColour::parse)
                        .flatMap(colours -> Hexagon.fromFacts(map, " number", Integer::valueOf)
                                .map(numbers -> new ColorNumberHexagonState(colours, numbers))),
                ColorNumberHexagonSolver::solve);
    }

    private static final Pattern PARTS = Pattern.compile(
            "six parts with the colors (\\[[^]]*]) in an anti-clockwise order\\. The parts are denoted with the numbers "
                    + "(\\[[^]]*])");

    static ColorNumberHexagonState fromCaption(String caption) {
        Matcher m = PatternAnswers.match(PARTS, caption, "the colours and numbers of six parts");
        return PatternAnswers.fromCaption(
                () -> new ColorNumberHexagonState(PyList.colours(m.group(1)), PyList.numbers(m.group(2))),
                ColorNumberHexagonSolver::solve,
                "same-colour pairs with a common sum");
    }
}
