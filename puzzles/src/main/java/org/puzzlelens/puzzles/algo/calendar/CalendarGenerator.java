package org.puzzlelens.puzzles.algo.calendar;

import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntDomain;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Draws a shown month and a queried date. The day is drawn from the whole queried month (the released
 * generator drew November days only from 1..28).
 */
final class CalendarGenerator {
    static final Param.Int YEAR_OFFSET = new Param.Int(
                    "year_offset",
                    "queried year minus shown year (each year crossed adds leap-year reasoning)",
                    IntRange.exactly(0),
                    IntRange.of(-1, 1),
                    IntRange.of(-CalendarState.MAX_YEAR_OFFSET, CalendarState.MAX_YEAR_OFFSET))
            .legal(IntDomain.range(-CalendarState.MAX_YEAR_OFFSET, CalendarState.MAX_YEAR_OFFSET));
    static final List<Param> PARAMS = List.of(YEAR_OFFSET);

    private CalendarGenerator() {}

    static CalendarState generate(Parameters p, RandomGenerator rng) {
        int offset = p.get(YEAR_OFFSET);
        int imageYear = rng.nextInt(
                Math.max(CalendarDates.FIRST_YEAR, CalendarDates.FIRST_YEAR - offset),
                Math.min(CalendarDates.LAST_YEAR, CalendarDates.LAST_YEAR - offset) + 1);
        int imageMonth = rng.nextInt(1, 13);
        int queryMonth = rng.nextInt(1, 12);
        if (queryMonth >= imageMonth) {
            queryMonth++;
        }
        int queryYear = imageYear + offset;
        int queryDay = rng.nextInt(1, CalendarDates.monthLength(queryYear, queryMonth) + 1);
        return new CalendarState(imageYear, imageMonth, queryYear, queryMonth, queryDay);
    }
}
