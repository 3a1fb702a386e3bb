package org.puzzlelens.puzzles.algo.maze;

import com.fasterxml.jackson.databind.JsonNode;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code maze}: turns or cells on the shortest path from the green to the blue arrow. */
public final class MazePuzzle extends PuzzleParts<MazeState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "maze",
            Suite.ALGOPUZZLEVQA,
            "follow the shortest path through a maze and count its turns or cells",
            MazeGenerator.PARAMS,
            Tag.GRID_PATH);

    public MazePuzzle() {
        super(
                INFO,
                MazeGenerator::generate,
                MazeSolver::solve,
                state -> MazeRenderer.CANVAS,
                MazeRenderer::draw,
                MazeDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            This is maze having %s * %s cells. The empty cells are coloured white and the obstacle cells are \
            coloured black. From an empty cell, you can only move up, down, left, or right to another adjacent \
            empty cell. You cannot move diagonally between two empty cells and cannot step into a cell with an \
            obstacle. The entry cell of the maze is shown with the green arrow. The exit cell of the maze is \
            shown with the blue arrow. Suppose you have found the most optimal path in the maze between the \
            entrance and exit, where you need to go through the least number of empty cells and you need to make \
            the least number of left and right turns. %s""";

    @Override
    public String question(MazeState s) {
        return QUESTION.formatted(s.rows(), s.cols(), s.asked().ask());
    }

    @Override
    public MazeState fromReleased(JsonNode record) {
        String question = Released.question(record);
        MazeQuestion asked = MazeQuestion.asked(question)
                .orElseThrow(() -> new MalformedRecordException("unknown maze question: " + question));
        try {
            return new MazeState(Released.intGrid(Released.solution(record), "maze"), asked);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad maze grid: " + e.getMessage());
        }
    }
}
