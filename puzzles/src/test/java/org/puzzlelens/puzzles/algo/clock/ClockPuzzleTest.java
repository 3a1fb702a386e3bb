package org.puzzlelens.puzzles.algo.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ClockPuzzleTest extends PuzzleTypeContract<ClockState> {
    private static final ClockPuzzle TYPE = new ClockPuzzle();

    @Override
    protected PuzzleType<ClockState> type() {
        return TYPE;
    }

    /** Finds each hand by its colour along circles around the centre, then converts angles to a time. */
    @Override
    protected ClockState readPixels(BufferedImage image, ClockState q) {
        Pixels px = Pixels.of(image, ClockRenderer.CANVAS);
        double minuteAngle = meanAngleOf(px, ClockRenderer.MINUTE_COLOUR, ClockRenderer.MINUTE_LENGTH * 0.8);
        double hourAngle = meanAngleOf(px, ClockRenderer.HOUR_COLOUR, ClockRenderer.HOUR_LENGTH * 0.7);
        int minute = (int) Math.round(minuteAngle / 6) % 60;
        int hour = Math.floorMod((int) Math.round((hourAngle - minute * 0.5) / 30), 12);
        return new ClockState(hour == 0 ? 12 : hour, minute, q.later(), q.offsetHours(), q.offsetMinutes(), q.person());
    }

    private static double meanAngleOf(Pixels px, Color colour, double radius) {
        double sx = 0;
        double sy = 0;
        for (int tenth = 0; tenth < 3600; tenth++) {
            double deg = tenth / 10.0;
            Point2D p = ClockRenderer.at(deg, radius);
            if (px.near(p.getX(), p.getY(), colour, 40)) {
                sx += Math.sin(Math.toRadians(deg));
                sy += Math.cos(Math.toRadians(deg));
            }
        }
        assertThat(sx * sx + sy * sy).as("hand of colour %s found", colour).isGreaterThan(0);
        return Math.floorMod((long) Math.round(Math.toDegrees(Math.atan2(sx, sy)) * 1000), 360_000) / 1000.0;
    }

    private static final Pattern SHOWS = Pattern.compile("the clock shows (\\d{1,2}):(\\d{2})\\.");

    @Override
    protected ClockState parseDescription(String description, ClockState q) {
        Matcher m = SHOWS.matcher(description);
        assertThat(m.find()).as(description).isTrue();
        return new ClockState(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                q.later(),
                q.offsetHours(),
                q.offsetMinutes(),
                q.person());
    }

    /** Brute force: step the clock one minute at a time, tracking hour and minute separately. */
    @Property
    void solverAgreesWithMinuteByMinuteCounting(
            @ForAll @IntRange(min = 1, max = 12) int hour,
            @ForAll @IntRange(min = 0, max = 59) int minute,
            @ForAll boolean later,
            @ForAll @IntRange(min = 0, max = 11) int offsetHours,
            @ForAll @IntRange(min = 1, max = 59) int offsetMinutes) {
        ClockState s = new ClockState(hour, minute, later, offsetHours, offsetMinutes, "Sam");
        int h = hour;
        int m = minute;
        for (int step = 0; step < offsetHours * 60 + offsetMinutes; step++) {
            m += later ? 1 : -1;
            if (m == 60) {
                m = 0;
                h = h % 12 + 1;
            } else if (m == -1) {
                m = 59;
                h = h == 1 ? 12 : h - 1;
            }
        }
        assertThat(ClockSolver.solve(s).answer()).isEqualTo(h + ":" + String.format("%02d", m));
    }

    @Test
    void twelveOClockIsWrittenAsTwelveNotZero() {
        ClockState s = new ClockState(11, 30, true, 0, 45, "Sam");
        assertThat(ClockSolver.solve(s).answer()).isEqualTo("12:15");
        assertThat(TYPE.sameAnswer("0:15", "12:15")).isTrue();
    }

    @Test
    void questionMatchesTheReleasedWording() {
        ClockState s = new ClockState(2, 43, true, 1, 40, "Daniel");
        assertThat(TYPE.question(s))
                .isEqualTo("Daniel's event is going to start in 1 hour 40 minutes. The current "
                        + "time is shown on the clock. The clock is a standard analog clock without the seconds hand. What "
                        + "will be the time when the event starts?");
        assertThat(ClockSolver.solve(s).answer()).isEqualTo("4:23");
    }
}
