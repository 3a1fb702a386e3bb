package org.puzzlelens.puzzles.algo.rubikscube;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Performs the moves on the cube and counts the asked colour on the asked face. */
final class RubiksCubeSolver {
    /** The released records list the faces in this order. */
    static final List<Face> RELEASED_ORDER = List.of(Face.LEFT, Face.RIGHT, Face.DOWN, Face.UP, Face.BACK, Face.FRONT);

    private RubiksCubeSolver() {}

    /** Where one clockwise quarter turn of a face carries the edge strips of its four neighbours. */
    static String cycle(Face f) {
        return switch (f) {
            case UP -> "front top row -> left top row -> back top row -> right top row -> front top row";
            case DOWN ->
                "front bottom row -> right bottom row -> back bottom row -> left bottom row -> front bottom row";
            case FRONT -> "up bottom row -> right left column -> down top row -> left right column -> up bottom row";
            case BACK -> "up top row -> left left column -> down bottom row -> right right column -> up top row";
            case RIGHT ->
                "front right column -> up right column -> back left column -> down right column "
                        + "-> front right column";
            case LEFT ->
                "front left column -> down left column -> back right column -> up left column "
                        + "-> front left column";
        };
    }

    static Solution solve(RubiksCubeState s) {
        Cube cube = s.cube();
        Trace trace = new Trace()
                .add("Before the moves the %s face reads %s.", s.queryFace().word(), rows(cube, s.queryFace()));
        for (Move m : s.moves()) {
            trace.add(
                    "%s: turn the %s face clockwise %s; each quarter turn carries %s, and the face itself turns.",
                    m, m.face().word(), turns(m.quarterTurns()), cycle(m.face()));
            cube = cube.turn(m);
            trace.add("After %s the %s face reads %s.", m, s.queryFace().word(), rows(cube, s.queryFace()));
        }
        int answer = cube.count(s.queryFace(), s.queryColour());
        trace.add(
                "Count %s stickers on the %s face: %d.",
                s.queryColour().word(), s.queryFace().word(), answer);
        trace.add("Answer: %d", answer);

        ObjectNode fields = Json.object();
        fields.put("moves", Move.notation(s.moves()));
        fields.put("query_face", s.queryFace().word());
        fields.put("query_colour", s.queryColour().word());
        fields.set("start_position", position(s.cube()));
        fields.set("end_position", position(cube));
        return new Solution(Integer.toString(answer), trace.lines(), fields);
    }

    private static String turns(int quarterTurns) {
        return switch (quarterTurns) {
            case 1 -> "by 90 degrees";
            case 2 -> "by 180 degrees";
            default -> "by 270 degrees (the same as 90 degrees counter-clockwise)";
        };
    }

    static String rows(Cube cube, Face f) {
        return String.join(
                " / ",
                cube.face(f).stream()
                        .map(row -> String.join(
                                " ", row.stream().map(CubeColour::word).toList()))
                        .toList());
    }

    static ObjectNode position(Cube cube) {
        ObjectNode out = Json.object();
        for (Face f : RELEASED_ORDER) {
            out.set(
                    f.word(),
                    Json.tree(cube.face(f).stream()
                            .map(row -> row.stream().map(CubeColour::word).toList())
                            .toList()));
        }
        return out;
    }
}
