package org.puzzlelens.puzzles.pattern.colorsizecircle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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

/** PuzzleVQA {@code color_size_circle}: circles change shade step by step with their size. */
public final class ColorSizeCirclePuzzle extends PuzzleParts<ColorSizeCircleState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("color_size_circle", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.size), ColorSizeCircleGenerator.PARAMS,
            "find the shade of a hidden circle from the shades stepping with circle size");

    public ColorSizeCirclePuzzle() {
        super(INFO, ColorSizeCircleState.class,
                ColorSizeCircleGenerator::generate, ColorSizeCircleSolver::solve,
                state -> ColorSizeCircleRenderer.CANVAS, ColorSizeCircleRenderer::draw, ColorSizeCircleDescriber.INSTANCE);
    }

    @Override
    public String question(ColorSizeCircleState state) {
        return QUESTION;
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

    /** The caption states every circle and its shade name, so released records read in full. */
    @Override
    public ColorSizeCircleState fromReleased(JsonNode record) {
        return ColorSizeCircleDescriber.fromCaption(Released.string(record, "caption"));
    }
}
