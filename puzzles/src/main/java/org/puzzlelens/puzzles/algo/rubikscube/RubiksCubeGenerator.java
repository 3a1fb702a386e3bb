package org.puzzlelens.puzzles.algo.rubikscube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;

/**
 * Draws a cube (solved with randomly assigned face colours, or that cube scrambled by random moves
 * as in the released data), the moves to perform and the question. As released, the asked colour is
 * mostly one that the asked face shows after the moves (only 7 of 100 released answers are 0; a colour
 * drawn from all six gave 42%): one time in five it is any colour, otherwise one of the face's.
 */
final class RubiksCubeGenerator {
    static final String SOLVED = "solved";
    static final String SCRAMBLED = "scrambled";
    static final int SCRAMBLE_MOVES = 20;
    private static final int ANY_COLOUR_ONE_IN = 5;

    static final Param.Int MOVES = new Param.Int(
            "moves", "number of face turns to perform", IntRange.of(1, 2), IntRange.of(1, 3), IntRange.of(3, 6));
    static final Param.Choice START = new Param.Choice(
            "start",
            "whether the shown cube is solved or scrambled",
            Map.of(
                    Preset.EASY,
                    List.of(SOLVED),
                    Preset.ALGOPUZZLEVQA,
                    List.of(SOLVED, SCRAMBLED),
                    Preset.HARD,
                    List.of(SCRAMBLED)));
    static final List<Param> PARAMS = List.of(MOVES, START);

    private RubiksCubeGenerator() {}

    static RubiksCubeState generate(Parameters p, RandomGenerator rng) {
        int count = p.get(MOVES);
        List<CubeColour> colours = new ArrayList<>(Arrays.asList(CubeColour.values()));
        for (int i = colours.size() - 1; i > 0; i--) {
            colours.set(i, colours.set(rng.nextInt(i + 1), colours.get(i)));
        }
        Cube cube = Cube.solved(colours);
        switch (p.get(START)) {
            case SOLVED -> {}
            case SCRAMBLED -> cube = cube.apply(randomMoves(SCRAMBLE_MOVES, rng));
            default -> throw new IllegalArgumentException("start must be solved or scrambled, got " + p.get(START));
        }
        List<Move> moves = randomMoves(count, rng);
        Face face = Face.values()[rng.nextInt(Face.values().length)];
        List<CubeColour> shown = cube.apply(moves).face(face).stream()
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
        List<CubeColour> pool = rng.nextInt(ANY_COLOUR_ONE_IN) == 0 ? List.of(CubeColour.values()) : shown;
        return new RubiksCubeState(cube.faces(), moves, face, pool.get(rng.nextInt(pool.size())));
    }

    private static List<Move> randomMoves(int n, RandomGenerator rng) {
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            moves.add(new Move(Face.values()[rng.nextInt(Face.values().length)], rng.nextInt(1, 4)));
        }
        return moves;
    }
}
