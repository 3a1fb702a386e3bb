package org.puzzlelens.puzzles.algo.clock;

/**
 * A clock showing {@code hour:minute}, and an event some hours and minutes later or earlier.
 *
 * @param hour 1..12, as the clock shows it
 * @param minute 0..59
 * @param later true when the event starts in the future ("is going to start in"), false when it
 *     started in the past ("came to an event ... ago")
 * @param person the name in the question
 */
public record ClockState(int hour, int minute, boolean later, int offsetHours, int offsetMinutes, String person) {
    public ClockState {
        if (hour < 1 || hour > 12 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("no such clock time " + hour + ":" + minute);
        }
        if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes == 0) {
            throw new IllegalArgumentException(
                    "offset must be positive: " + offsetHours + " h " + offsetMinutes + " min");
        }
    }

    /** Formats a time of day the way the answers do: {@code h:mm} with h in 1..12. */
    static String time(int hour, int minute) {
        return hour + ":" + (minute < 10 ? "0" : "") + minute;
    }
}
