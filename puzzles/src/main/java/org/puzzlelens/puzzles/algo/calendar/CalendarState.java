package org.puzzlelens.puzzles.algo.calendar;

/**
 * A month calendar of {@code imageYear} (the year itself is not printed) and a date asked about in the
 * same year or a year up to two away.
 *
 * @param imageMonth 1..12, the month the image shows
 * @param queryMonth 1..12, differs from the image month
 */
public record CalendarState(int imageYear, int imageMonth, int queryYear, int queryMonth, int queryDay) {
    static final int MAX_YEAR_OFFSET = 2;

    public CalendarState {
        for (int year : new int[] {imageYear, queryYear}) {
            if (year < CalendarDates.FIRST_YEAR || year > CalendarDates.LAST_YEAR) {
                throw new IllegalArgumentException(
                        "year " + year + " is outside " + CalendarDates.FIRST_YEAR + ".." + CalendarDates.LAST_YEAR);
            }
        }
        if (Math.abs(queryYear - imageYear) > MAX_YEAR_OFFSET) {
            throw new IllegalArgumentException("the queried year must be within " + MAX_YEAR_OFFSET
                    + " years of the shown one: " + imageYear + " vs " + queryYear);
        }
        if (imageMonth < 1 || imageMonth > 12 || queryMonth < 1 || queryMonth > 12) {
            throw new IllegalArgumentException("months are 1..12: " + imageMonth + ", " + queryMonth);
        }
        if (queryMonth == imageMonth) {
            throw new IllegalArgumentException("the queried month must differ from the shown month");
        }
        if (queryDay < 1 || queryDay > CalendarDates.monthLength(queryYear, queryMonth)) {
            throw new IllegalArgumentException("no day " + queryDay + " in month " + queryMonth + " of " + queryYear);
        }
    }

    int yearOffset() {
        return queryYear - imageYear;
    }
}
