package org.puzzlelens.puzzles.pattern.shapemorph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.shapemorph.ShapeMorphState.Corner;

/**
 * The grid in words: the released caption names only the visible corner, so ours adds what the middle
 * shapes morph into; as facts, both corners and that shape.
 */
enum ShapeMorphDescriber implements Describer<ShapeMorphState> {
    INSTANCE;

    static final String TOWARDS = "morphs into";
    private static final String GUIDE = """
            State the two corner shapes of the grid and the regular shape the in-between shapes are turning into,
            one fact per line:
            top left = <triangle|square|pentagon|hexagon|circle, or ? for the question mark>
            bottom right = <triangle|square|pentagon|hexagon|circle, or ?>
            morphs into = <the shape the in-between shapes come to look like, away from the visible corner>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    static String caption(ShapeMorphState s) {
        return "There are eight shapes arranged in a grid. The top left shape is a " + shown(s, Corner.TOP_LEFT)
                + " and the bottom right shape is a " + shown(s, Corner.BOTTOM_RIGHT) + ". The other shapes do not "
                + "appear to regular shapes. From the " + s.visible().words() + " to the "
                + s.hidden().words()
                + " they change gradually from a " + s.corner().word() + " into something like a "
                + s.towards().word()
                + ".";
    }

    private static String shown(ShapeMorphState s, Corner corner) {
        return corner == s.visible() ? s.corner().word() : PyList.MISSING;
    }

    @Override
    public String describe(ShapeMorphState s) {
        return caption(s) + " The grid is 3 by 3 with its center left empty; shapes on the same diagonal running from "
                + "bottom left to top right are alike, and the question mark stands in the "
                + s.hidden().words()
                + " corner.";
    }

    @Override
    public List<Fact> facts(ShapeMorphState s) {
        return List.of(
                Fact.of(Corner.TOP_LEFT.words(), shown(s, Corner.TOP_LEFT)),
                Fact.of(Corner.BOTTOM_RIGHT.words(), shown(s, Corner.BOTTOM_RIGHT)),
                Fact.of(TOWARDS, s.towards().word()));
    }

    @Override
    public Optional<ShapeMorphState> fromFacts(ShapeMorphState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        try {
            return Optional.of(of(
                    map.getOrDefault(Corner.TOP_LEFT.words(), ""),
                    map.getOrDefault(Corner.BOTTOM_RIGHT.words(), ""),
                    map.getOrDefault(TOWARDS, "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The state from the two corners as shown (one of them {@code ?}) and the shape the others morph into. */
    static ShapeMorphState of(String topLeft, String bottomRight, String towards) {
        boolean topHidden = topLeft.equals(PyList.MISSING);
        if (topHidden == bottomRight.equals(PyList.MISSING)) {
            throw new IllegalArgumentException("exactly one corner is hidden: " + topLeft + ", " + bottomRight);
        }
        return new ShapeMorphState(
                Shape.parse(topHidden ? bottomRight : topLeft),
                topHidden ? Corner.BOTTOM_RIGHT : Corner.TOP_LEFT,
                Shape.parse(towards));
    }

    private static final Pattern CORNERS =
            Pattern.compile("The top left shape is a (\\w+|\\?) and the bottom right shape is a (\\w+|\\?)\\.");

    private static final Pattern MORPH_SENTENCE =
            Pattern.compile("change gradually from a \\w+ into something like a (\\w+)");

    /**
     * Needs the sentence our captions add: the released captions name only the visible corner and say the
     * other shapes are irregular, which leaves the hidden corner open.
     */
    static ShapeMorphState fromCaption(String caption) {
        Matcher corners = PatternAnswers.match(CORNERS, caption, "the two corners");
        Matcher towards = MORPH_SENTENCE.matcher(caption);
        if (!towards.find()) {
            throw new MalformedRecordException("shape_morph caption does not say what the shapes morph into; released "
                    + "captions never do, so the hidden corner is open");
        }
        return PatternAnswers.fromCaption(() -> of(corners.group(1), corners.group(2), towards.group(1)), "the morph");
    }
}
