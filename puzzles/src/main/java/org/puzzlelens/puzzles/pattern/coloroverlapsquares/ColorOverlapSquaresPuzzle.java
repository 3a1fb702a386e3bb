package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/** PuzzleVQA {@code color_overlap_squares}: where two squares overlap, their colours mix. */
public final class ColorOverlapSquaresPuzzle implements PuzzleType<ColorOverlapSquaresState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("color_overlap_squares", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.shapes), ColorOverlapSquaresGenerator.PARAMS,
            "find the colour of a hidden square from the mixed colour where it overlaps its neighbour");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ColorOverlapSquaresState> stateType() {
        return ColorOverlapSquaresState.class;
    }

    @Override
    public ColorOverlapSquaresState generate(Parameters params, RandomGenerator rng) {
        return ColorOverlapSquaresGenerator.generate(params, rng);
    }

    @Override
    public String question(ColorOverlapSquaresState state) {
        return QUESTION;
    }

    @Override
    public Solution solve(ColorOverlapSquaresState state) {
        return ColorOverlapSquaresSolver.solve(state);
    }

    /** Three other colours of the palette, primaries and mixes alike, as released. */
    @Override
    public List<String> options(ColorOverlapSquaresState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), PatternColour.words(), rng);
    }

    @Override
    public Canvas canvas(ColorOverlapSquaresState state) {
        return ColorOverlapSquaresRenderer.CANVAS;
    }

    @Override
    public void draw(ColorOverlapSquaresState state, Graphics2D g) {
        ColorOverlapSquaresRenderer.draw(state, g);
    }

    @Override
    public String describe(ColorOverlapSquaresState state) {
        return ColorOverlapSquaresDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(ColorOverlapSquaresState state) {
        return ColorOverlapSquaresDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ColorOverlapSquaresDescriber.GUIDE;
    }

    @Override
    public Optional<ColorOverlapSquaresState> fromFacts(ColorOverlapSquaresState question, List<Fact> facts) {
        return ColorOverlapSquaresDescriber.fromFacts(facts);
    }

    /** The caption states every square and overlap colour, so released records read in full. */
    @Override
    public ColorOverlapSquaresState fromReleased(JsonNode record) {
        return ColorOverlapSquaresDescriber.fromCaption(Released.string(record, "caption"));
    }
}
