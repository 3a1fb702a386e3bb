package org.puzzlelens.puzzles.algo.nqueens;

import com.fasterxml.jackson.databind.JsonNode;
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

/** AlgoPuzzleVQA {@code n_queens}: the Manhattan distance between the two queens that complete the board. */
public final class NQueensPuzzle extends PuzzleParts<NQueensState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "n_queens",
            Suite.ALGOPUZZLEVQA,
            "complete an n-queens board and measure the distance between the two added queens",
            NQueensGenerator.PARAMS,
            Tag.Pos,
            Tag.Ar,
            Tag.Bo,
            Tag.Se);

    public NQueensPuzzle() {
        super(
                INFO,
                NQueensGenerator::generate,
                NQueensSolver::solve,
                NQueensRenderer::canvas,
                NQueensRenderer::draw,
                NQueensDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            You are given %s %s * %s chessboard. The Manhattan distance between two squares in a chessboard is \
            equal to the minimal number of orthogonal King moves between these squares on the otherwise empty \
            board. The objective is to place %s chess queens on this board so that no two queens threaten each \
            other; i.e. no two queens share the same row, column, or diagonal. %s queens have already been \
            placed in some of the squares of the board, as shown in the image. Suppose you pick two squares to \
            place the two remaining queen pieces in a way that fulfills the objective. What is the Manhattan \
            distance between these two squares?""";

    @Override
    public String question(NQueensState s) {
        int n = s.size();
        return QUESTION.formatted(NQueensDescriber.article(n), n, n, n, n - 2);
    }

    /**
     * Distractors are the other distances two non-attacking queens can have on this board, 3 to
     * 2n - 3; the release drew from 3..15 whatever the size, offering 14 and 15 on 8 x 8 boards, where
     * they cannot occur.
     */
    @Override
    public List<String> options(NQueensState state, Solution solution, RandomGenerator rng) {
        return Options.inRange(Integer.parseInt(solution.answer()), 3, 2 * state.size() - 3, rng);
    }

    @Override
    public NQueensState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        int rows = Released.integer(solution, "rows");
        if (Released.integer(solution, "columns") != rows) {
            throw new MalformedRecordException(
                    "n_queens boards are square, found " + solution.get("columns") + " columns and " + rows + " rows");
        }
        return new NQueensState(rows, Released.intGrid(solution, "given_queen_positions"));
    }
}
