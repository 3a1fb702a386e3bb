package org.puzzlelens.puzzles.pattern.colorsizecircle;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.ArrayList;
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

/** PuzzleVQA {@code color_size_circle}: circles change shade step by step with their size. */
public final class ColorSizeCirclePuzzle implements PuzzleType<ColorSizeCircleState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("color_size_circle", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.size), ColorSizeCircleGenerator.PARAMS,
            "find the shade of a hidden circle from the shades stepping with circle size");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ColorSizeCircleState> stateType() {
        return ColorSizeCircleState.class;
    }

    @Override
    public ColorSizeCircleState generate(Parameters params, RandomGenerator rng) {
        return ColorSizeCircleGenerator.generate(params, rng);
    }

    @Override
    public String question(ColorSizeCircleState state) {
        return QUESTION;
    }

    @Override
    public Solution solve(ColorSizeCircleState state) {
        return ColorSizeCircleSolver.solve(state);
    }

    /**
     * As released: the answer's colour in the opposite shade ("dark" for "light"), and two other
     * colours in either of the two shades.
     */
    @Override
    public List<String> options(ColorSizeCircleState state, Solution solution, RandomGenerator rng) {
        String shade = solution.answer().substring(0, solution.answer().lastIndexOf(' '));
        List<String> pool = new ArrayList<>();
        for (String hue : PatternColour.words()) {
            if (!hue.equals(state.hue())) {
                pool.add(shade + " " + hue);
                pool.add(ShadeNames.opposite(shade) + " " + hue);
            }
        }
        List<String> distractors = new ArrayList<>(List.of(ShadeNames.opposite(shade) + " " + state.hue()));
        for (int k = 0; k < 2; k++) {
            distractors.add(pool.remove(rng.nextInt(pool.size())));
        }
        return Options.place(solution.answer(), distractors, rng);
    }

    @Override
    public Canvas canvas(ColorSizeCircleState state) {
        return ColorSizeCircleRenderer.CANVAS;
    }

    @Override
    public void draw(ColorSizeCircleState state, Graphics2D g) {
        ColorSizeCircleRenderer.draw(state, g);
    }

    @Override
    public String describe(ColorSizeCircleState state) {
        return ColorSizeCircleDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(ColorSizeCircleState state) {
        return ColorSizeCircleDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ColorSizeCircleDescriber.GUIDE;
    }

    @Override
    public Optional<ColorSizeCircleState> fromFacts(ColorSizeCircleState question, List<Fact> facts) {
        return ColorSizeCircleDescriber.fromFacts(facts);
    }

    /** The caption states every circle and its shade name, so released records read in full. */
    @Override
    public ColorSizeCircleState fromReleased(JsonNode record) {
        return ColorSizeCircleDescriber.fromCaption(Released.string(record, "caption"));
    }
}
