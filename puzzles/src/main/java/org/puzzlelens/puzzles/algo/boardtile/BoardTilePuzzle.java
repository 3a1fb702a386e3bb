package org.puzzlelens.puzzles.algo.boardtile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code board_tile}: can a chequered board with squares removed be tiled by dominoes? */
public final class BoardTilePuzzle extends PuzzleParts<BoardTileState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "board_tile",
            Suite.ALGOPUZZLEVQA,
            "decide whether a mutilated checkerboard can be tiled with dominoes",
            BoardTileGenerator.PARAMS,
            Tag.Col,
            Tag.Pos,
            Tag.Ar,
            Tag.Bo);

    public BoardTilePuzzle() {
        super(
                INFO,
                BoardTileGenerator::generate,
                BoardTileSolver::solve,
                BoardTileRenderer::canvas,
                BoardTileRenderer::draw,
                BoardTileDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            The checkerboard shown in the image was originally of %s * %s in dimension having a total of %s \
            squares. It uses two colours of squares, one light yellow and one dark yellow, in a chequered \
            pattern. %s, as shown in the image. You have %s dominoes of size 2 * 1. You can use them as is or \
            you can rotate them to use as a 1 * 2 domino. Is it possible to place all the %s dominoes in the \
            checkerboard to exactly cover all the remaining %s squares? Answer Yes or No.""";

    @Override
    public String question(BoardTileState s) {
        int total = s.rows() * s.columns();
        String removed = s.removed().size() == 1
                ? "One of the squares have been removed from the board in the position of the white coloured cell"
                : "Two of the squares have been removed from the board in the position of the white coloured cells";
        int dominoes = s.remaining() / 2;
        return QUESTION.formatted(s.rows(), s.columns(), total, removed, dominoes, dominoes, s.remaining());
    }

    /** Yes and No, in an order drawn uniformly so that the answer's position says nothing. */
    @Override
    public List<String> options(BoardTileState state, Solution solution, RandomGenerator rng) {
        return Options.place(solution.answer(), List.of(solution.answer().equals("Yes") ? "No" : "Yes"), rng);
    }

    @Override
    public BoardTileState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        return new BoardTileState(
                Released.integer(solution, "rows"),
                Released.integer(solution, "columns"),
                Released.intGrid(solution, "removed_positions"));
    }
}
