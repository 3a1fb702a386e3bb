package org.puzzlelens.puzzles.algo.checkermove;

/**
 * A row of squares holding green ({@code G}) and red ({@code R}) checkers and one empty square
 * ({@code _}), as the released {@code start_position}/{@code end_position}; the end must be
 * reachable from the start.
 */
public record CheckerMoveState(String start, String end) {
    public CheckerMoveState {
        check(start);
        check(end);
        if (start.length() != end.length()
                || count(start, 'G') != count(end, 'G')
                || count(start, 'R') != count(end, 'R')) {
            throw new IllegalArgumentException("start and end hold different checkers: " + start + " " + end);
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("start and end are the same: " + start);
        }
        if (CheckerMoveSolver.shortestPath(start, end).isEmpty()) {
            throw new IllegalArgumentException(end + " cannot be reached from " + start);
        }
    }

    private static void check(String row) {
        if (!row.matches("[GR_]{2,}") || count(row, '_') != 1) {
            throw new IllegalArgumentException("a row is G, R and exactly one _, found '" + row + "'");
        }
    }

    static int count(String row, char checker) {
        return (int) row.chars().filter(ch -> ch == checker).count();
    }

    int squares() {
        return start.length();
    }
}
