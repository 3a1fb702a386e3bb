package org.puzzlelens.puzzles.pattern.venn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.PartFacts;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The circles and overlaps from left to right, as facts {@code circle 1 = 7}, {@code overlap 1-2 = 16}. */
enum VennDescriber implements Describer<VennState> {
    INSTANCE;

    private static final String GUIDE = """
            State the numbers from left to right, one fact per line:
            circle <1, 2 or 3> = <the number in that circle's own part, or ? for the question mark>
            overlap 1-2 = <the number where circles 1 and 2 overlap>
            overlap 2-3 = <the number where circles 2 and 3 overlap>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(VennState s) {
        List<Integer> c = s.circles();
        return "The image shows three light blue circles in a row, each overlapping the next. From left to right: "
                + "circle 1 holds " + PatternDraw.text(c.get(0)) + "; the overlap of circles 1 and 2 holds "
                + s.overlaps().get(0) + "; circle 2 holds " + PatternDraw.text(c.get(1))
                + "; the overlap of circles 2 and 3 holds " + s.overlaps().get(1) + "; circle 3 holds "
                + PatternDraw.text(c.get(2)) + ".";
    }

    private static String circleKey(int i) {
        return "circle " + (i + 1);
    }

    private static String overlapKey(int i) {
        return "overlap " + (i + 1) + "-" + (i + 2);
    }

    @Override
    public List<Fact> facts(VennState s) {
        List<Fact> out = new ArrayList<>(PartFacts.facts(s.circles(), VennDescriber::circleKey, String::valueOf));
        out.addAll(PartFacts.facts(s.overlaps(), VennDescriber::overlapKey, String::valueOf));
        return out;
    }

    @Override
    public Optional<VennState> fromFacts(VennState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        return PatternAnswers.fromFacts(
                () -> PartFacts.values(map, 3, VennDescriber::circleKey, Integer::valueOf)
                        .flatMap(circles -> PartFacts.values(map, 2, VennDescriber::overlapKey, Integer::valueOf)
                                .map(overlaps -> new VennState(circles, overlaps))),
                VennSolver::solve);
    }

    private static final Pattern NUMBERS = Pattern.compile("circles containing the numbers (\\[[^]]*])\\. The "
            + "overlapping part between the first and second circle contains the number (\\d+)\\. The overlapping "
            + "part between the second and third circle contains the number (\\d+)");

    static VennState fromCaption(String caption) {
        Matcher m = PatternAnswers.match(NUMBERS, caption, "three circles and two overlaps");
        List<Integer> overlaps = List.of(PyList.number(m.group(2)), PyList.number(m.group(3)));
        return PatternAnswers.fromCaption(
                () -> new VennState(PyList.numbers(m.group(1)), overlaps),
                VennSolver::solve,
                "an overlap with both of its circles");
    }
}
