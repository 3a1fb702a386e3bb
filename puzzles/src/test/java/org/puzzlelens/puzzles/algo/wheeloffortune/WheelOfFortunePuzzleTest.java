package org.puzzlelens.puzzles.algo.wheeloffortune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;
import org.puzzlelens.puzzles.testing.TemplateMatch;
import org.puzzlelens.puzzles.testing.TemplateMatch.Background;

class WheelOfFortunePuzzleTest extends PuzzleTypeContract<WheelOfFortuneState> {
    private static final WheelOfFortunePuzzle TYPE = new WheelOfFortunePuzzle();

    @Override
    protected PuzzleType<WheelOfFortuneState> type() {
        return TYPE;
    }

    /**
     * Walks the rim in half-degree steps naming each sample's colour, so colour changes give the
     * boundaries (whole degrees: the first sample of a new colour is on or just past its boundary); finds the arrow by its colour outside the rim; and
     * reads each prize by matching the segment against every prize drawn in place.
     */
    @Override
    protected WheelOfFortuneState readPixels(BufferedImage image, WheelOfFortuneState q) {
        Pixels px = Pixels.of(image, WheelOfFortuneRenderer.CANVAS);
        List<String> rim = new ArrayList<>();
        for (int half = 0; half < 720; half++) {
            Point2D p = WheelOfFortuneRenderer.at(
                    WheelOfFortuneState.FIRST_BOUNDARY + half / 2.0, WheelOfFortuneRenderer.RADIUS * 0.95);
            Color seen = px.at(p.getX(), p.getY());
            rim.add(WheelColours.NAMES.stream()
                    .min(Comparator.comparingInt(n -> Pixels.distance(seen, WheelColours.rgb(n))))
                    .orElseThrow());
        }
        List<Integer> boundaries = new ArrayList<>(List.of(0));
        List<String> colours = new ArrayList<>(List.of(rim.get(1)));
        for (int half = 2; half < 719; half++) {
            if (!rim.get(half).equals(rim.get(half - 1)) && rim.get(half).equals(rim.get(half + 1))) {
                boundaries.add(half / 2);
                colours.add(rim.get(half));
            }
        }
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            widths.add((i + 1 < boundaries.size() ? boundaries.get(i + 1) : 360) - boundaries.get(i));
        }
        List<String> prizes = new ArrayList<>();
        int start = WheelOfFortuneState.FIRST_BOUNDARY;
        for (int i = 0; i < widths.size(); i++) {
            prizes.add(bestPrize(image, px.scale(), start, widths.get(i), colours.get(i), widths.size()));
            start += widths.get(i);
        }
        return new WheelOfFortuneState(widths, colours, prizes, arrowAngle(px), q.clockwise(), q.inTurns(), q.amount());
    }

    private static int arrowAngle(Pixels px) {
        double radius = (WheelOfFortuneRenderer.ARROW_TAIL + WheelOfFortuneRenderer.ARROW_TIP) / 2 + 20;
        double sx = 0;
        double sy = 0;
        for (int tenth = 0; tenth < 3600; tenth++) {
            Point2D p = WheelOfFortuneRenderer.at(tenth / 10.0, radius);
            if (px.near(p.getX(), p.getY(), WheelOfFortuneRenderer.ARROW, 40)) {
                sx += Math.cos(Math.toRadians(tenth / 10.0));
                sy += Math.sin(Math.toRadians(tenth / 10.0));
            }
        }
        assertThat(sx * sx + sy * sy).as("arrow found").isGreaterThan(0);
        return Math.floorMod((int) Math.round(Math.toDegrees(Math.atan2(sy, sx)) / 45) * 45, 360);
    }

    /** The prize whose rendering over the segment's colour differs least from the image around the label. */
    private static String bestPrize(
            BufferedImage image, double scale, double start, double width, String colour, int segments) {
        double mid = start + width / 2;
        Point2D centre = WheelOfFortuneRenderer.at(mid, WheelOfFortuneRenderer.LABEL_RADIUS);
        double half = 0.42 * WheelOfFortuneRenderer.RADIUS;
        int x0 = (int) Math.max(0, (centre.getX() - half) * scale);
        int y0 = (int) Math.max(0, (centre.getY() - half) * scale);
        int w = (int) Math.min(image.getWidth() - x0, 2 * half * scale);
        int h = (int) Math.min(image.getHeight() - y0, 2 * half * scale);
        Font font = WheelOfFortuneRenderer.labelFont(segments);
        return TemplateMatch.best(
                image,
                scale,
                new Rectangle(x0, y0, w, h),
                Background.IMAGE,
                TemplateMatch::brightness,
                WheelOfFortuneGenerator.PRIZES,
                (g, prize) -> {
                    g.clip(WheelOfFortuneRenderer.segment(start, width));
                    g.setColor(WheelColours.rgb(colour));
                    g.fill(WheelOfFortuneRenderer.segment(start, width));
                    g.setColor(Color.BLACK);
                    WheelOfFortuneRenderer.label(g, prize, mid, font);
                });
    }

    private static final Pattern ARROW = Pattern.compile("pointing at the centre from (\\d+) degrees");
    private static final Pattern SEGMENT =
            Pattern.compile("([A-Z][a-z]+(?: [A-Z][a-z]+)?) \\(([a-z]+)\\) from " + "(\\d+) to (\\d+)[;.]");

    @Override
    protected WheelOfFortuneState parseDescription(String description, WheelOfFortuneState q) {
        Matcher a = ARROW.matcher(description);
        assertThat(a.find()).isTrue();
        Matcher m = SEGMENT.matcher(description);
        List<Integer> widths = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<String> prizes = new ArrayList<>();
        while (m.find()) {
            prizes.add(m.group(1));
            colours.add(m.group(2));
            widths.add(Math.floorMod(Integer.parseInt(m.group(4)) - Integer.parseInt(m.group(3)), 360));
        }
        return new WheelOfFortuneState(
                widths, colours, prizes, Integer.parseInt(a.group(1)), q.clockwise(), q.inTurns(), q.amount());
    }

    /**
     * Brute force: turn the wheel one degree at a time (the wheel point under the arrow moves the
     * opposite way), then find that point's segment by walking the widths from 45 degrees.
     */
    @Property
    void solverAgreesWithDegreeByDegreeTurning(
            @ForAll @Size(min = 3, max = 10) List<@IntRange(min = 1, max = 6) Integer> units,
            @ForAll @IntRange(min = 0, max = 7) int arrowStep,
            @ForAll boolean clockwise,
            @ForAll @IntRange(min = 1, max = 2400) int degrees) {
        int total = units.stream().mapToInt(Integer::intValue).sum();
        List<Integer> widths = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < units.size(); i++) {
            int w = i + 1 < units.size() ? units.get(i) * 360 / total : 360 - used;
            widths.add(w);
            used += w;
        }
        if (widths.contains(0)) {
            return;
        }
        List<String> prizes = WheelOfFortuneGenerator.PRIZES.subList(0, widths.size());
        List<String> colours = WheelColours.NAMES.subList(0, widths.size());
        WheelOfFortuneState s =
                new WheelOfFortuneState(widths, colours, prizes, 45 * arrowStep, clockwise, false, degrees);
        int under = s.arrowAt();
        for (int d = 0; d < degrees; d++) {
            under = Math.floorMod(under + (clockwise ? 1 : -1), 360);
        }
        int offset = Math.floorMod(under - WheelOfFortuneState.FIRST_BOUNDARY, 360);
        if (onBoundary(widths, offset)) {
            return;
        }
        int segment = 0;
        int end = widths.get(0);
        while (end <= offset) {
            segment++;
            end += widths.get(segment);
        }
        assertThat(WheelOfFortuneSolver.solve(s).answer()).isEqualTo(prizes.get(segment));
    }

    private static boolean onBoundary(List<Integer> widths, int offset) {
        int acc = 0;
        for (int w : widths) {
            if (acc == offset) {
                return true;
            }
            acc += w;
        }
        return false;
    }

    /** Every released question and every released solution field (angles, boundaries, rotation) is reproduced. */
    @Test
    void everyReleasedQuestionAndSolutionIsReproducedExactly() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
        for (var line : ReleasedRecords.of(TYPE)) {
            JsonNode ours = WheelOfFortuneSolver.solve(line.state()).fields();
            JsonNode theirs = line.solution();
            assertThat(ours.properties().stream().map(e -> e.getKey()).toList())
                    .containsExactlyElementsOf(
                            theirs.properties().stream().map(e -> e.getKey()).toList());
            for (var e : theirs.properties()) {
                assertThat(ours.get(e.getKey()).toString().replace(".0", ""))
                        .as(e.getKey())
                        .isEqualTo(e.getValue().toString().replace(".0", ""));
            }
        }
    }
}
