package org.puzzlelens.puzzles.algo.calendar;

import java.util.List;

/**
 * Gregorian day-count arithmetic of its own (no {@code java.time}), so that the tests can check it
 * against the JDK as an independent oracle. Weekdays are numbered 0 = Monday .. 6 = Sunday, the
 * column order of the calendar.
 */
final class CalendarDates {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2901;
    static final List<String> MONTHS = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    static final List<String> WEEKDAYS =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** 1 January 1900 was a Monday. */
    private static final int WEEKDAY_OF_FIRST_DAY = 0;

    private CalendarDates() {}

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int monthLength(int year, int month) {
        return month == 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
    }

    static String monthName(int month) {
        return MONTHS.get(month - 1);
    }

    /** Days from 1 January 1900 to the given date. */
    static long dayNumber(int year, int month, int day) {
        long days = 365L * (year - FIRST_YEAR) + leapYearsBefore(year) - leapYearsBefore(FIRST_YEAR);
        for (int m = 1; m < month; m++) {
            days += monthLength(year, m);
        }
        return days + day - 1;
    }

    /** Leap years in 1..year-1. */
    private static long leapYearsBefore(int year) {
        long y = year - 1;
        return y / 4 - y / 100 + y / 400;
    }

    static int weekday(int year, int month, int day) {
        return (int) Math.floorMod(WEEKDAY_OF_FIRST_DAY + dayNumber(year, month, day), 7L);
    }
}
