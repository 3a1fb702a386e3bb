package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The chain in a released-style caption, in words and as facts: each square's colour and each overlap's. */
enum ColorOverlapSquaresDescriber implements Describer<ColorOverlapSquaresState> {
    INSTANCE;

    static final String SQUARES_LABEL = "The color of the squares are ";
    private static final Pattern OVERLAP =
            Pattern.compile("The part where the (\\w+) and (\\w+) squares overlap is (\\w+)\\.");
    private static final String GUIDE = """
            Number the squares along the chain from the bottom left, 1 first. One fact per line:
            square K = <red, yellow or blue; ? for the grey square with the question mark>
            overlap K-L = <the colour where squares K and L=K+1 overlap: orange, green or purple>""";

    static String caption(ColorOverlapSquaresState s) {
        StringBuilder out =
                new StringBuilder("There are " + s.squares().size() + " squares which overlap each other in "
                        + "the image. " + SQUARES_LABEL + PyList.format(s.squares()) + ".");
        for (int i = 0; i < s.overlaps().size(); i++) {
            out.append(" The part where the ")
                    .append(ColorOverlapSquaresSolver.ORDINALS.get(i))
                    .append(" and ")
                    .append(ColorOverlapSquaresSolver.ORDINALS.get(i + 1))
                    .append(" squares overlap is ")
                    .append(s.overlaps().get(i))
                    .append('.');
        }
        return out.toString();
    }

    /** Reads a caption written like the released ones (and {@link #caption}). */
    static ColorOverlapSquaresState fromCaption(String caption) {
        List<String> squares = PyList.after(caption, SQUARES_LABEL);
        List<String> overlaps = new ArrayList<>();
        Matcher m = OVERLAP.matcher(caption);
        while (m.find()) {
            int a = ColorOverlapSquaresSolver.ORDINALS.indexOf(m.group(1));
            int b = ColorOverlapSquaresSolver.ORDINALS.indexOf(m.group(2));
            if (a != overlaps.size() || b != a + 1) {
                throw new MalformedRecordException(
                        "overlaps must be stated for neighbouring squares in order: " + caption);
            }
            overlaps.add(m.group(3));
        }
        return new ColorOverlapSquaresState(squares, overlaps);
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ColorOverlapSquaresState s) {
        StringBuilder out = new StringBuilder("The image shows " + s.squares().size() + " squares in a diagonal chain "
                + "from the bottom left to the top right, turned alternately on a corner and upright, each overlapping "
                + "the next. ");
        for (int i = 0; i < s.squares().size(); i++) {
            String c = s.squares().get(i);
            out.append("Square ")
                    .append(i + 1)
                    .append(c.equals(PyList.MISSING) ? " is grey and shows a question mark. " : " is " + c + ". ");
        }
        for (int i = 0; i < s.overlaps().size(); i++) {
            out.append("Where squares ")
                    .append(i + 1)
                    .append(" and ")
                    .append(i + 2)
                    .append(" overlap the colour is ")
                    .append(s.overlaps().get(i))
                    .append(". ");
        }
        return out.toString().trim();
    }

    @Override
    public List<Fact> facts(ColorOverlapSquaresState s) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < s.squares().size(); i++) {
            facts.add(Fact.of("square " + (i + 1), s.squares().get(i)));
        }
        for (int i = 0; i < s.overlaps().size(); i++) {
            facts.add(Fact.of("overlap " + (i + 1) + "-" + (i + 2), s.overlaps().get(i)));
        }
        return facts;
    }

    @Override
    public Optional<ColorOverlapSquaresState> fromFacts(ColorOverlapSquaresState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<String> squares = new ArrayList<>();
        List<String> overlaps = new ArrayList<>();
        for (int i = 1; map.containsKey("square " + i); i++) {
            squares.add(map.get("square " + i));
            if (i > 1) {
                overlaps.add(map.getOrDefault("overlap " + (i - 1) + "-" + i, ""));
            }
        }
        try {
            ColorOverlapSquaresState s = new ColorOverlapSquaresState(squares, overlaps);
            ColorOverlapSquaresSolver.solve(s);
            return Optional.of(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
