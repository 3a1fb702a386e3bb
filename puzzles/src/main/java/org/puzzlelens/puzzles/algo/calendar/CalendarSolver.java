package org.puzzlelens.puzzles.algo.calendar;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Reads the weekday of the 1st off the shown month, then counts the days from there to the queried
 * date month by month, using the leap years the question states.
 */
final class CalendarSolver {
    private CalendarSolver() {}

    static Solution solve(CalendarState s) {
        int first = CalendarDates.weekday(s.imageYear(), s.imageMonth(), 1);
        String shown = CalendarDates.monthName(s.imageMonth());
        Trace trace = new Trace();
        trace.add(
                "The calendar shows %s with the 1st in the %s column (weeks start on Monday).",
                shown, CalendarDates.WEEKDAYS.get(first));
        int from = Math.min(s.imageYear(), s.queryYear());
        int to = Math.max(s.imageYear(), s.queryYear());
        for (int year = from; year <= to; year++) {
            trace.add(
                    "%s is %sa leap year, so its February has %d days.",
                    capitalised(yearLabel(year - s.imageYear())),
                    CalendarDates.isLeap(year) ? "" : "not ",
                    CalendarDates.monthLength(year, 2));
        }

        boolean forward = s.queryYear() * 12 + s.queryMonth() > s.imageYear() * 12 + s.imageMonth();
        String queried = CalendarDates.monthName(s.queryMonth());
        int monthsSpan = forward
                ? spanLines(s.imageYear(), s.imageMonth(), s.queryYear(), s.queryMonth(), s.imageYear(), trace)
                : spanLines(s.queryYear(), s.queryMonth(), s.imageYear(), s.imageMonth(), s.imageYear(), trace);
        int offset = forward ? monthsSpan + s.queryDay() - 1 : -monthsSpan + s.queryDay() - 1;
        if (forward) {
            trace.add(
                    "%s 1 is %d days after %s 1, so %s %d is %d + %d = %d days after %s 1.",
                    queried, monthsSpan, shown, queried, s.queryDay(), monthsSpan, s.queryDay() - 1, offset, shown);
        } else {
            trace.add(
                    "%s 1 is %d days before %s 1, so %s %d is %d - %d = %d days before %s 1.",
                    queried, monthsSpan, shown, queried, s.queryDay(), monthsSpan, s.queryDay() - 1, -offset, shown);
        }
        int shift = Math.floorMod(offset, 7);
        String answer = CalendarDates.WEEKDAYS.get((first + shift) % 7);
        trace.add(
                "%d days is %d whole weeks and %d days, so the weekday is %s moved %d days %s: %s.",
                Math.abs(offset),
                Math.abs(offset) / 7,
                Math.abs(offset) % 7,
                CalendarDates.WEEKDAYS.get(first),
                Math.abs(offset) % 7,
                offset >= 0 ? "later" : "earlier",
                answer);
        trace.add("Answer: %s", answer);

        var fields = Json.object();
        fields.put("image_year", s.imageYear());
        fields.set("image_month", Json.array().add(s.imageMonth()).add(shown));
        fields.put("query_year", s.queryYear());
        fields.set("query_month", Json.array().add(s.queryMonth()).add(queried));
        fields.put("query_day", s.queryDay());
        return new Solution(answer, trace.lines(), fields);
    }

    /**
     * Adds one trace line per calendar year listing the lengths of the months from (fromYear,
     * fromMonth) up to, not including, (toYear, toMonth); returns their total.
     */
    private static int spanLines(int fromYear, int fromMonth, int toYear, int toMonth, int imageYear, Trace trace) {
        int total = 0;
        int year = fromYear;
        int month = fromMonth;
        while (year < toYear || month < toMonth) {
            List<String> terms = new ArrayList<>();
            int sum = 0;
            int yearOfLine = year;
            while ((year < toYear || month < toMonth) && year == yearOfLine) {
                int length = CalendarDates.monthLength(year, month);
                terms.add(CalendarDates.monthName(month) + " " + length);
                sum += length;
                month++;
                if (month > 12) {
                    month = 1;
                    year++;
                }
            }
            trace.add("Months of %s: %s = %d days.", yearLabel(yearOfLine - imageYear), String.join(" + ", terms), sum);
            total += sum;
        }
        return total;
    }

    /** How the trace and the question name a year relative to the shown one. */
    static String yearLabel(int offset) {
        return switch (offset) {
            case -2 -> "the year before the previous year";
            case -1 -> "the previous year";
            case 0 -> "the shown year";
            case 1 -> "the next year";
            case 2 -> "the year after the next year";
            default -> throw new IllegalArgumentException("year offset out of range: " + offset);
        };
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
