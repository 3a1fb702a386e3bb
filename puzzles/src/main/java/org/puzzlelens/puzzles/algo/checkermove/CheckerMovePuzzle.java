package org.puzzlelens.puzzles.algo.checkermove;

import com.fasterxml.jackson.databind.JsonNode;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/**
 * AlgoPuzzleVQA {@code checker_move} (toads and frogs): least moves from the starting row to the
 * ending one. Options follow the magnitude rule; the release also offered 0, which is never right
 * since the rows always differ, so it is not drawn here.
 */
public final class CheckerMovePuzzle extends PuzzleParts<CheckerMoveState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "checker_move",
            Suite.ALGOPUZZLEVQA,
            "least moves to rearrange green and red checkers that only move forward (toads and frogs)",
            CheckerMoveGenerator.PARAMS,
            Tag.Col,
            Tag.Pos,
            Tag.Ar,
            Tag.Bo,
            Tag.Se);

    public CheckerMovePuzzle() {
        super(
                INFO,
                CheckerMoveGenerator::generate,
                CheckerMoveSolver::solve,
                CheckerMoveRenderer::canvas,
                CheckerMoveRenderer::draw,
                CheckerMoveDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            A checker game is being played on a grid of %s squares with %s green and %s red checkers. Initially, \
            the checkers are arranged as shown in the starting configuration with the %s checkers occupying %s \
            squares and one unoccupied square. Green checkers only move rightward and red checkers only move \
            leftward. Every move is either i) a slide to the adjacent empty square, or ii) a jump over one \
            position to an empty square, provided the checker being jumped over is of a different colour. Each \
            square can accommodate a maximum of one checker at any time. How many moves are required to reach \
            the ending configuration from the starting configuration following the specified rules?""";

    @Override
    public String question(CheckerMoveState s) {
        int green = CheckerMoveState.count(s.start(), 'G');
        int red = CheckerMoveState.count(s.start(), 'R');
        return QUESTION.formatted(s.squares(), green, red, green + red, green + red);
    }

    @Override
    public CheckerMoveState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        return new CheckerMoveState(
                Released.string(solution, "start_position"), Released.string(solution, "end_position"));
    }
}
