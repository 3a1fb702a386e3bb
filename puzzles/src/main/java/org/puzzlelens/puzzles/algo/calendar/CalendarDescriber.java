package org.puzzlelens.puzzles.algo.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/**
 * The calendar in words and as facts. What is visible is the month, the weekday of its 1st and its
 * length; the year is hidden, so a state is rebuilt by choosing the year nearest the true one that
 * shows the same month and matches the leap years the question states (any such year gives the same
 * answer).
 */
enum CalendarDescriber implements Describer<CalendarState> {
    INSTANCE;

    private static final String GUIDE = """
            State what the calendar shows, one fact per line:
            month = <the month name printed on top, e.g. march>
            first weekday = <the weekday column of day 1: monday, tuesday, wednesday, thursday, friday, saturday or sunday>
            days = <the last day number shown, 28..31>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(CalendarState s) {
        String month = CalendarDates.monthName(s.imageMonth());
        int first = CalendarDates.weekday(s.imageYear(), s.imageMonth(), 1);
        int days = CalendarDates.monthLength(s.imageYear(), s.imageMonth());
        return "The image shows the calendar of one month, " + month + ", without the year. The columns are headed "
                + String.join(", ", CalendarRenderer.HEADER) + " from left to right, and each row is one week. "
                + "The 1st of " + month + " is a " + CalendarDates.WEEKDAYS.get(first) + " and the month has " + days
                + " days, so " + month + " " + days + " is a " + CalendarDates.WEEKDAYS.get((first + days - 1) % 7)
                + "; the dates fill " + ((first + days + 6) / 7) + " week rows.";
    }

    @Override
    public List<Fact> facts(CalendarState s) {
        return List.of(
                Fact.of("month", CalendarDates.monthName(s.imageMonth())),
                Fact.of(
                        "first weekday",
                        CalendarDates.WEEKDAYS.get(CalendarDates.weekday(s.imageYear(), s.imageMonth(), 1))),
                Fact.of("days", CalendarDates.monthLength(s.imageYear(), s.imageMonth())));
    }

    @Override
    public Optional<CalendarState> fromFacts(CalendarState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        int month = indexOf(CalendarDates.MONTHS, map.getOrDefault("month", "")) + 1;
        int first = indexOf(CalendarDates.WEEKDAYS, map.getOrDefault("first weekday", ""));
        try {
            int days = Integer.parseInt(map.getOrDefault("days", ""));
            return month < 1 || first < 0 ? Optional.empty() : fromVisible(question, month, first, days);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int indexOf(List<String> names, String value) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The state whose image shows {@code month} starting on weekday {@code firstWeekday} with {@code
     * days} days, asked as in {@code question}; its year is the one nearest the question's that fits.
     */
    static Optional<CalendarState> fromVisible(CalendarState question, int month, int firstWeekday, int days) {
        if (month == question.queryMonth()) {
            return Optional.empty();
        }
        int offset = question.yearOffset();
        for (int distance = 0; distance <= CalendarDates.LAST_YEAR - CalendarDates.FIRST_YEAR; distance++) {
            for (int year : new int[] {question.imageYear() - distance, question.imageYear() + distance}) {
                if (fits(year, question, month, firstWeekday, days)) {
                    return Optional.of(
                            new CalendarState(year, month, year + offset, question.queryMonth(), question.queryDay()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean fits(int year, CalendarState question, int month, int firstWeekday, int days) {
        int offset = question.yearOffset();
        int lastYear = year + offset;
        if (Math.min(year, lastYear) < CalendarDates.FIRST_YEAR || Math.max(year, lastYear) > CalendarDates.LAST_YEAR) {
            return false;
        }
        for (int k = Math.min(0, offset); k <= Math.max(0, offset); k++) {
            if (CalendarDates.isLeap(year + k) != CalendarDates.isLeap(question.imageYear() + k)) {
                return false;
            }
        }
        return CalendarDates.weekday(year, month, 1) == firstWeekday && CalendarDates.monthLength(year, month) == days;
    }
}
