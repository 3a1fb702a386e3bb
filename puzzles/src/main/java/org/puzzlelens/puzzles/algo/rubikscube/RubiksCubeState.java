package org.puzzlelens.puzzles.algo.rubikscube;

import java.util.List;

/**
 * A cube drawn as a net, the moves to perform, and which colour to count on which face afterwards.
 *
 * @param start the stickers before the moves, faces in {@link Face} order, each 3 rows of 3 as drawn
 */
public record RubiksCubeState(
        List<List<List<CubeColour>>> start, List<Move> moves, Face queryFace, CubeColour queryColour) {
    public RubiksCubeState {
        start = new Cube(start).faces();
        for (CubeColour colour : CubeColour.values()) {
            long n = start.stream()
                    .flatMap(List::stream)
                    .flatMap(List::stream)
                    .filter(c -> c == colour)
                    .count();
            if (n != 9) {
                throw new IllegalArgumentException("a cube has nine stickers of each colour; " + colour + " has " + n);
            }
        }
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("at least one move is needed");
        }
        moves = List.copyOf(moves);
        if (queryFace == null || queryColour == null) {
            throw new IllegalArgumentException("the question needs a face and a colour");
        }
    }

    Cube cube() {
        return new Cube(start);
    }
}
