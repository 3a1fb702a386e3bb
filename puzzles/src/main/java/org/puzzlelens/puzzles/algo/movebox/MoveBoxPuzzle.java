package org.puzzlelens.puzzles.algo.movebox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code move_box}: least pushes to bring one box onto the flag (one-box Sokoban). */
public final class MoveBoxPuzzle extends PuzzleParts<MoveBoxState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "move_box",
            Suite.ALGOPUZZLEVQA,
            "least number of pushes that bring a box onto the flag",
            MoveBoxGenerator.PARAMS,
            Tag.GRID_PATH);

    public MoveBoxPuzzle() {
        super(
                INFO,
                MoveBoxGenerator::generate,
                MoveBoxSolver::solve,
                state -> MoveBoxRenderer.CANVAS,
                MoveBoxRenderer::draw,
                MoveBoxDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            A storekeeper is a puzzle in which the player pushes boxes around in a warehouse trying to get them \
            to target locations. The game is represented by an %s x %s grid of characters grid where each \
            element is a wall, floor, or box. Your task is to move the box to the end flag under the following \
            rules:\n\n1. The box can be moved to an adjacent free cell by standing next to the box and then \
            moving in the direction of the box by 1 grid. This is a push.\n2. The player cannot walk through the \
            box.\n\nWhat is the minimum number of pushes to move the box to the end flag.""";

    @Override
    public String question(MoveBoxState s) {
        return QUESTION.formatted(s.rows(), s.columns());
    }

    /** The first grid of {@code timestep} holds walls, box and person; {@code target} holds the flag. */
    @Override
    public MoveBoxState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        JsonNode grid = Released.node(Released.node(solution, "timestep"), "grid_0");
        List<Integer> target = Released.intList(solution, "target");
        if (!grid.isArray() || target.size() != 2) {
            throw new MalformedRecordException("move_box needs timestep.grid_0 (rows of characters) and target [r, c]");
        }
        List<List<String>> words = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < grid.get(r).size(); c++) {
                boolean flag = r == target.get(0) && c == target.get(1);
                row.add(
                        flag
                                ? MoveBoxState.Content.FLAG.word()
                                : word(grid.get(r).get(c).asText()));
            }
            words.add(row);
        }
        return MoveBoxDescriber.fromWords(words)
                .orElseThrow(() -> new MalformedRecordException(
                        "move_box grid_0 needs one box (B), one person (S) and the target on a free cell"));
    }

    private static String word(String id) {
        for (MoveBoxState.Content c : MoveBoxState.Content.values()) {
            if (id.equals(String.valueOf(c.id))) {
                return c.word();
            }
        }
        throw new MalformedRecordException("unknown move_box cell '" + id + "'");
    }
}
