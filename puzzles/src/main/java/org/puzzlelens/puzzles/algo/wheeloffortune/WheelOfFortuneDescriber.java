package org.puzzlelens.puzzles.algo.wheeloffortune;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/**
 * The wheel in words and as facts: the arrow's direction and each segment's prize, colour and
 * angular span, in degrees counterclockwise from 3 o'clock, segment 1 starting at 45 degrees.
 */
enum WheelOfFortuneDescriber implements Describer<WheelOfFortuneState> {
    INSTANCE;

    private static final String GUIDE = """
            State the wheel as drawn, one fact per line. Angles are degrees counterclockwise from the
            3 o'clock direction (90 = top, 180 = left, 270 = bottom). Segment 1 starts at 45 degrees;
            number the segments counterclockwise from there.
            arrow = <angle the brown arrow points from, a multiple of 45>
            segment <i> prize = <the prize written in it>
            segment <i> colour = <its colour name, e.g. lime, silver, darkorange, royalblue>
            segment <i> span = <start>-<end> (degrees, e.g. 45-105)""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(WheelOfFortuneState s) {
        StringBuilder out = new StringBuilder("The image shows a fortune wheel of " + s.segments() + " coloured "
                + "segments, each with its prize written along the radius, and a brown arrow fixed outside the rim "
                + "pointing at the centre from " + s.arrowAt() + " degrees. Angles are measured counterclockwise from "
                + "the 3 o'clock direction (90 is the top, 180 the left, 270 the bottom). Going counterclockwise "
                + "from 45 degrees, the segments are:");
        for (int i = 0; i < s.segments(); i++) {
            out.append(' ')
                    .append(s.prizes().get(i))
                    .append(" (")
                    .append(s.colours().get(i))
                    .append(") from ")
                    .append(WheelOfFortuneSolver.span(
                                    s.start(i) % 360, s.widths().get(i))
                            .replace("-", " to "))
                    .append(i + 1 < s.segments() ? ";" : ".");
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(WheelOfFortuneState s) {
        List<Fact> facts = new ArrayList<>(List.of(Fact.of("arrow", s.arrowAt())));
        for (int i = 0; i < s.segments(); i++) {
            String key = "segment " + (i + 1);
            facts.add(Fact.of(key + " prize", s.prizes().get(i)));
            facts.add(Fact.of(key + " colour", s.colours().get(i)));
            facts.add(Fact.of(
                    key + " span",
                    WheelOfFortuneSolver.span(s.start(i) % 360, s.widths().get(i))));
        }
        return facts;
    }

    /** Fact values are lower case; prizes get their capitals back ("ice cream" is "Ice Cream"). */
    static String prizeName(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            words.add(
                    w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    @Override
    public Optional<WheelOfFortuneState> fromFacts(WheelOfFortuneState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<Integer> widths = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<String> prizes = new ArrayList<>();
        try {
            int arrow = Integer.parseInt(map.getOrDefault("arrow", ""));
            int expectedStart = WheelOfFortuneState.FIRST_BOUNDARY;
            for (int i = 1; map.containsKey("segment " + i + " span"); i++) {
                String[] span = map.get("segment " + i + " span").split("-");
                int start = Integer.parseInt(span[0].trim());
                int end = Integer.parseInt(span[1].trim());
                if (start != expectedStart % 360) {
                    return Optional.empty();
                }
                int width = Math.floorMod(end - start, 360);
                widths.add(width);
                expectedStart += width;
                colours.add(map.getOrDefault("segment " + i + " colour", ""));
                prizes.add(prizeName(map.getOrDefault("segment " + i + " prize", "?")));
            }
            WheelOfFortuneState s = new WheelOfFortuneState(
                    widths, colours, prizes, arrow, question.clockwise(), question.inTurns(), question.amount());
            WheelOfFortuneSolver.winner(s); // a misread wheel can put the arrow on a boundary
            return Optional.of(s);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
