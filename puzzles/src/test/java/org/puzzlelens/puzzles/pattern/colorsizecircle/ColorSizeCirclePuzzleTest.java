package org.puzzlelens.puzzles.pattern.colorsizecircle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.ColourReading;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ColorSizeCirclePuzzleTest extends PuzzleTypeContract<ColorSizeCircleState> {
    private static final ColorSizeCirclePuzzle TYPE = new ColorSizeCirclePuzzle();

    @Override
    protected PuzzleType<ColorSizeCircleState> type() {
        return TYPE;
    }

    /** Samples each circle's visible band below and right of the centre and matches it to every shade of every colour. */
    @Override
    protected ColorSizeCircleState readPixels(BufferedImage image, ColorSizeCircleState q) {
        Pixels px = Pixels.of(image, ColorSizeCircleRenderer.CANVAS);
        Map<String, Color> shades = new LinkedHashMap<>();
        for (String hue : PatternColour.words()) {
            for (int level = 0; level < PatternColour.SHADES; level++) {
                shades.put(hue + " " + level, PatternColour.parse(hue).shade(level));
            }
        }
        shades.put(PyList.MISSING, PatternColour.MISSING);
        String hue = null;
        List<Integer> levels = new ArrayList<>();
        for (int ring = 0; ring < 4; ring++) {
            double d = (ColorSizeCircleRenderer.radius(ring) - ColorSizeCircleRenderer.RING / 2) / Math.sqrt(2);
            String seen = ColourReading.nearest(
                    px, ColorSizeCircleRenderer.CENTRE + d, ColorSizeCircleRenderer.CENTRE + d, shades);
            if (seen.equals(PyList.MISSING)) {
                levels.add(ColorSizeCircleState.HIDDEN);
            } else {
                hue = seen.split(" ")[0];
                levels.add(Integer.parseInt(seen.split(" ")[1]));
            }
        }
        return new ColorSizeCircleState(hue, levels);
    }

    private static final Pattern CIRCLE =
            Pattern.compile("the (extra large|large|medium|small) circle is (?:(\\w+) of shade (\\d)|grey)");

    @Override
    protected ColorSizeCircleState parseDescription(String description, ColorSizeCircleState q) {
        Matcher m = CIRCLE.matcher(description);
        String hue = null;
        List<Integer> levels = new ArrayList<>();
        while (m.find()) {
            if (m.group(2) == null) {
                levels.add(ColorSizeCircleState.HIDDEN);
            } else {
                hue = m.group(2);
                levels.add(Integer.parseInt(m.group(3)) - 1);
            }
        }
        return new ColorSizeCircleState(hue, levels);
    }

    /** Every colour in every shade is tried in the hidden circle; exactly one continues the even shade steps. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @IntRange(min = 0, max = 5) int hueIndex,
            @ForAll boolean darkerOutside,
            @ForAll boolean smallestHidden) {
        int hidden = smallestHidden ? 3 : 0;
        String hue = PatternColour.words().get(hueIndex);
        List<Integer> levels = new ArrayList<>();
        for (int ring = 0; ring < 4; ring++) {
            levels.add(darkerOutside ? 3 - ring : ring);
        }
        levels.set(hidden, ColorSizeCircleState.HIDDEN);
        List<String> fitting = new ArrayList<>();
        for (String candidateHue : PatternColour.words()) {
            for (int candidate = 0; candidate < PatternColour.SHADES; candidate++) {
                List<Integer> filled = new ArrayList<>(levels);
                filled.set(hidden, candidate);
                boolean fits = candidateHue.equals(hue);
                for (int ring = 1; ring < 4; ring++) {
                    fits &= filled.get(ring) - filled.get(ring - 1) == filled.get(1) - filled.get(0)
                            && Math.abs(filled.get(1) - filled.get(0)) == 1;
                }
                if (fits) {
                    fitting.add(ShadeNames.name(candidate, darkerOutside) + " " + candidateHue);
                }
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(ColorSizeCircleSolver.solve(new ColorSizeCircleState(hue, levels))
                        .answer())
                .isEqualTo(fitting.get(0));
    }

    @Test
    void unevenShadesHaveNoPattern() {
        var s = new ColorSizeCircleState("red", List.of(3, 1, 0, ColorSizeCircleState.HIDDEN));
        assertThatThrownBy(() -> ColorSizeCircleSolver.solve(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsHoldTheOppositeShadeOfTheAnswersColour() {
        var inst = instance(4);
        String answer = inst.answer();
        String hue = answer.substring(answer.lastIndexOf(' ') + 1);
        assertThat(inst.options().stream().filter(o -> o.endsWith(" " + hue))).hasSize(2);
    }

    @Test
    void questionAndReleasedFieldsMatchTheReleasedWording() {
        var s = new ColorSizeCircleState("purple", List.of(3, 2, 1, ColorSizeCircleState.HIDDEN));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing color of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("light purple");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There are circles of various sizes and colors "
                        + "in the image. The circles are ['extra large', 'large', 'medium', 'small'] size, and their colors are "
                        + "['very dark purple', 'dark purple', 'medium purple', '?'].");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that the largest circle is "
                        + "very dark purple color, and the smaller circles change color from dark purple to medium purple. "
                        + "Hence, the pattern is that the circles become lighter as they become smaller.");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the circles "
                        + "become lighter as they become smaller, the missing color of the smallest circle denoted with a "
                        + "question mark should be light purple.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }
}
