package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

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

/** PuzzleVQA {@code color_overlap_squares}: where two squares overlap, their colours mix. */
public final class ColorOverlapSquaresPuzzle extends PuzzleParts<ColorOverlapSquaresState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("color_overlap_squares", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.shapes), ColorOverlapSquaresGenerator.PARAMS,
            "find the colour of a hidden square from the mixed colour where it overlaps its neighbour");

    public ColorOverlapSquaresPuzzle() {
        super(INFO, ColorOverlapSquaresState.class,
                ColorOverlapSquaresGenerator::generate, ColorOverlapSquaresSolver::solve,
                state -> ColorOverlapSquaresRenderer.CANVAS, ColorOverlapSquaresRenderer::draw, ColorOverlapSquaresDescriber.INSTANCE);
    }

    @Override
    public String question(ColorOverlapSquaresState state) {
        return QUESTION;
    }

    /** Three other colours of the palette, primaries and mixes alike, as released. */
    @Override
    public List<String> options(ColorOverlapSquaresState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), PatternColour.words(), rng);
    }

    /** The caption states every square and overlap colour, so released records read in full. */
    @Override
    public ColorOverlapSquaresState fromReleased(JsonNode record) {
        return ColorOverlapSquaresDescriber.fromCaption(Released.string(record, "caption"));
    }
}
