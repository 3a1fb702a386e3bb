package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** PuzzleVQA {@code rectangle_height_color}: the colour of each rectangle corresponds to its length. */
public final class RectangleHeightColorPuzzle extends PuzzleParts<RectangleHeightColorState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    static final String COLORS_LABEL = "The colors from left to right are ";
    private static final TypeInfo INFO = new TypeInfo("rectangle_height_color", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.size), RectangleRow.PARAMS,
            "find the colour of the rectangle marked with a question mark from rectangles of the same length");

    public RectangleHeightColorPuzzle() {
        super(INFO, RectangleHeightColorState.class,
                RectangleHeightColorGenerator::generate, RectangleHeightColorSolver::solve,
                state -> RectangleHeightColorRenderer.CANVAS, RectangleHeightColorRenderer::draw, RectangleHeightColorDescriber.INSTANCE);
    }

    @Override
    public String question(RectangleHeightColorState state) {
        return QUESTION;
    }

    /** Three other colours of the palette, as released. */
    @Override
    public List<String> options(RectangleHeightColorState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), PatternColour.words(), rng);
    }

    /** The caption lists every colour and every length, so released records read in full. */
    @Override
    public RectangleHeightColorState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        return new RectangleHeightColorState(RectangleRow.lengthsFrom(caption), PyList.after(caption, COLORS_LABEL));
    }
}
