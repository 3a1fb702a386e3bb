package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code color_size_circle}: circles change shade step by step with their size. */
public final class ColorSizeCirclePuzzle extends PatternPuzzle<ColorSizeCircleState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_size_circle",
            Suite.PUZZLEVQA,
            "find the shade of a hidden circle from the shades stepping with circle size",
            ColorSizeCircleGenerator.PARAMS,
            Tag.colors,
            Tag.size);

    public ColorSizeCirclePuzzle() {
        super(
                INFO,
                "What is the missing color of the part denoted with a question mark?",
                ColorSizeCirclePuzzle::shadeOptions,
                ColorSizeCircleDescriber::fromCaption,
                ColorSizeCircleGenerator::generate,
                ColorSizeCircleSolver::solve,
                ColorSizeCircleRenderer.CANVAS,
                ColorSizeCircleRenderer::draw,
                ColorSizeCircleDescriber.INSTANCE);
    }

    /**
     * As released: the answer's colour in the opposite shade ("dark" for "light"), and two other
     * colours in either of the two shades.
     */
    private static List<String> shadeOptions(ColorSizeCircleState state, String answer, RandomGenerator rng) {
        String shade = answer.substring(0, answer.lastIndexOf(' '));
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
        return Options.place(answer, distractors, rng);
    }
}
