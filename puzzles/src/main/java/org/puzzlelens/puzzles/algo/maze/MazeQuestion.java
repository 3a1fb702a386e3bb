package org.puzzlelens.puzzles.algo.maze;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four released maze questions; {@code id} is the parameter value, {@code ask} the released wording. */
public enum MazeQuestion {
    LEFT_TURNS("left_turns", "What is the total number of left turns do you need to make in this optimal path?"),
    RIGHT_TURNS("right_turns", "What is the total number of right turns do you need to make in this optimal path?"),
    TOTAL_TURNS(
            "total_turns",
            "What is the combined number of left and right turns do you need to make in this optimal path?"),
    CELLS("cells", "How many cells do you need to visit in this optimal path including the entrance and exit cells?");

    private final String id;
    private final String ask;

    MazeQuestion(String id, String ask) {
        this.id = id;
        this.ask = ask;
    }

    public String id() {
        return id;
    }

    String ask() {
        return ask;
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(MazeQuestion::id).toList();
    }

    static MazeQuestion byId(String id) {
        return Arrays.stream(values())
                .filter(q -> q.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no maze question '" + id + "'"));
    }

    /** The question whose wording ends the given question text. */
    static Optional<MazeQuestion> asked(String question) {
        return Arrays.stream(values()).filter(q -> question.endsWith(q.ask)).findFirst();
    }
}
