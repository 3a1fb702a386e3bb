package org.puzzlelens.puzzles.algo.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;
import org.puzzlelens.puzzles.testing.TemplateMatch;
import org.puzzlelens.puzzles.testing.TemplateMatch.Background;

class CalendarPuzzleTest extends PuzzleTypeContract<CalendarState> {
    private static final CalendarPuzzle TYPE = new CalendarPuzzle();
    private static final int DARK = 128;

    @Override
    protected PuzzleType<CalendarState> type() {
        return TYPE;
    }

    /**
     * Finds which week cells hold ink (giving the 1st's column and the month length) and matches the
     * title against each month name drawn alone; the hidden year is then chosen as in fromFacts.
     */
    @Override
    protected CalendarState readPixels(BufferedImage image, CalendarState q) {
        Pixels px = Pixels.of(image, CalendarRenderer.CANVAS);
        int first = -1;
        int days = 0;
        for (int cell = 0; cell < 42; cell++) {
            if (inked(px, CalendarRenderer.columnX(cell % 7), CalendarRenderer.weekY(cell / 7))) {
                first = first < 0 ? cell : first;
                days++;
            }
        }
        assertThat(first).as("day 1 found in the first week").isBetween(0, 6);
        int month = bestTitleMatch(image) + 1;
        return CalendarDescriber.fromVisible(q, month, first, days).orElseThrow();
    }

    private static boolean inked(Pixels px, double cx, double cy) {
        for (double dx = -45; dx <= 45; dx += 1.5) {
            for (double dy = -18; dy <= 18; dy += 1.5) {
                if (dark(px.at(cx + dx, cy + dy))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean dark(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue() < 3 * DARK;
    }

    /** The month whose name, drawn alone as the title, best matches the title band of the image. */
    private static int bestTitleMatch(BufferedImage image) {
        double scale = CalendarRenderer.CANVAS.scale(Math.max(image.getWidth(), image.getHeight()));
        int top = (int) Math.floor((CalendarRenderer.TITLE_Y - 40) * scale);
        Rectangle band =
                new Rectangle(0, top, image.getWidth(), Math.min(image.getHeight() - top, (int) Math.ceil(80 * scale)));
        String month = TemplateMatch.best(
                image,
                scale,
                band,
                Background.WHITE,
                rgb -> dark(new Color(rgb)) ? 1 : 0,
                CalendarDates.MONTHS,
                (g, name) -> Draw.centred(
                        g, name, CalendarRenderer.TEXT_FONT, CalendarRenderer.titleX(), CalendarRenderer.TITLE_Y));
        return CalendarDates.MONTHS.indexOf(month);
    }

    private static final Pattern DESCRIBED = Pattern.compile(
            "calendar of one month, (\\w+), .*The 1st of \\w+ is a (\\w+) and the month has (\\d+) days");

    @Override
    protected CalendarState parseDescription(String description, CalendarState q) {
        Matcher m = DESCRIBED.matcher(description);
        assertThat(m.find()).as(description).isTrue();
        return CalendarDescriber.fromVisible(
                        q,
                        CalendarDates.MONTHS.indexOf(m.group(1)) + 1,
                        CalendarDates.WEEKDAYS.indexOf(m.group(2)),
                        Integer.parseInt(m.group(3)))
                .orElseThrow();
    }

    @Property
    void ownDayCountAgreesWithJavaTime(
            @ForAll @IntRange(min = 1900, max = 2901) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int rawDay) {
        int day = Math.min(rawDay, LocalDate.of(year, month, 1).lengthOfMonth());
        assertThat(CalendarDates.monthLength(year, month))
                .isEqualTo(LocalDate.of(year, month, 1).lengthOfMonth());
        assertThat(CalendarDates.weekday(year, month, day))
                .isEqualTo(LocalDate.of(year, month, day).getDayOfWeek().getValue() - 1);
    }

    @Property
    void solverAgreesWithJavaTime(
            @ForAll @IntRange(min = 1902, max = 2899) int imageYear,
            @ForAll @IntRange(min = -2, max = 2) int offset,
            @ForAll @IntRange(min = 1, max = 12) int imageMonth,
            @ForAll @IntRange(min = 1, max = 11) int monthStep,
            @ForAll @IntRange(min = 1, max = 31) int rawDay) {
        int queryMonth = (imageMonth - 1 + monthStep) % 12 + 1;
        LocalDate monthStart = LocalDate.of(imageYear + offset, queryMonth, 1);
        LocalDate date = monthStart.withDayOfMonth(Math.min(rawDay, monthStart.lengthOfMonth()));
        CalendarState s = new CalendarState(imageYear, imageMonth, date.getYear(), queryMonth, date.getDayOfMonth());
        assertThat(CalendarSolver.solve(s).answer())
                .isEqualTo(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    @Test
    void questionsMatchEveryReleasedWording() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
    }

    @Test
    void twoYearsAwayStatesEveryYearCrossed() {
        CalendarState s = new CalendarState(2001, 3, 1999, 2, 28);
        assertThat(TYPE.question(s))
                .isEqualTo("The image shows the calendar of a month of a particular non-leap "
                        + "year. The previous year was a leap year. The year before the previous year was a non-leap year. "
                        + "Which day of the week was on February 28 of the year before the previous year?");
        assertThat(TYPE.solve(s).answer()).isEqualTo("Sunday");
    }

    @Test
    void novemberDaysReachThirty() {
        SplittableRandom rng = new SplittableRandom(5);
        Parameters sameYear = new Parameters(Map.of("year_offset", 0));
        boolean late = false;
        for (int i = 0; i < 3000 && !late; i++) {
            CalendarState s = CalendarGenerator.generate(sameYear, rng);
            late = s.queryMonth() == 11 && s.queryDay() > 28;
        }
        assertThat(late).as("a November date after the 28th is ever asked").isTrue();
    }
}
