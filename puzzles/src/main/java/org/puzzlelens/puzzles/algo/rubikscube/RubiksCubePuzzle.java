package org.puzzlelens.puzzles.algo.rubikscube;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code rubiks_cube}: how many stickers of a colour are on a face after a few turns. */
public final class RubiksCubePuzzle extends PuzzleParts<RubiksCubeState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "rubiks_cube",
            Suite.ALGOPUZZLEVQA,
            "turn the faces of a Rubik's cube shown as a net and count stickers of a colour on a face",
            RubiksCubeGenerator.PARAMS,
            Tag.Col,
            Tag.Pos,
            Tag.Ar,
            Tag.Gr);
    static final String PREAMBLE = "A 3 * 3 Rubik's Cube has six different coloured panels: red, green, blue, "
            + "yellow, orange, and grey. The initial state of the cube in terms of the different colour positions in "
            + "its six faces is shown in the image. To represent the movements of the cube we use six letters: U for "
            + "Up, D for Down, L for Left, R for Right, F for Front, B for Back. These letters are used in sequence "
            + "where you need to perform each letter in the sequence from left to right. Each letter tells you to "
            + "move that face clockwise by 90 degrees. A number 'n' immediately after a letter denotes that you need "
            + "to move that face clockwise by 90 * n degrees. For example, 'U R3' would mean rotating the up face 90 "
            + "degrees clockwise and then rotating the right face 270 degrees clockwise. ";

    public RubiksCubePuzzle() {
        super(
                INFO,
                RubiksCubeGenerator::generate,
                RubiksCubeSolver::solve,
                state -> RubiksCubeRenderer.CANVAS,
                RubiksCubeRenderer::draw,
                RubiksCubeDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            %sYou perform the move sequence '%s' starting from the state shown in the image. What would be the \
            number of small 1 * 1 %s squares in the %s face after completing the move sequence?""";

    @Override
    public String question(RubiksCubeState s) {
        return QUESTION.formatted(
                PREAMBLE,
                Move.notation(s.moves()),
                s.queryColour().word(),
                s.queryFace().word());
    }

    /** Released distractors are any other possible count on a face, 0..9. */
    @Override
    public List<String> options(RubiksCubeState state, Solution solution, RandomGenerator rng) {
        return Options.inRange(Integer.parseInt(solution.answer()), 0, 9, rng);
    }

    @Override
    public RubiksCubeState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        JsonNode start = Released.node(solution, "start_position");
        try {
            List<List<List<CubeColour>>> faces = new ArrayList<>();
            for (Face f : Face.values()) {
                List<List<CubeColour>> face = new ArrayList<>();
                for (JsonNode row : Released.node(start, f.word())) {
                    List<CubeColour> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(CubeColour.of(cell.asText())));
                    face.add(cells);
                }
                faces.add(face);
            }
            return new RubiksCubeState(
                    faces,
                    Move.parse(Released.string(solution, "moves")),
                    Face.of(Released.string(solution, "query_face")),
                    CubeColour.of(Released.string(solution, "query_colour")));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("rubiks_cube record: " + e.getMessage(), e);
        }
    }
}
