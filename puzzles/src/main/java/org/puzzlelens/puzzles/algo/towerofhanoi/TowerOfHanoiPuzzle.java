package org.puzzlelens.puzzles.algo.towerofhanoi;

import com.fasterxml.jackson.databind.JsonNode;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code tower_of_hanoi}: least moves between two arrangements of the disks. */
public final class TowerOfHanoiPuzzle extends PuzzleParts<TowerOfHanoiState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "tower_of_hanoi",
            Suite.ALGOPUZZLEVQA,
            "least number of Tower of Hanoi moves between two configurations",
            TowerOfHanoiGenerator.PARAMS,
            Tag.Pos,
            Tag.Sh,
            Tag.Ar,
            Tag.Bo,
            Tag.Op,
            Tag.Se);

    public TowerOfHanoiPuzzle() {
        super(
                INFO,
                TowerOfHanoiGenerator::generate,
                TowerOfHanoiSolver::solve,
                TowerOfHanoiRenderer::canvas,
                TowerOfHanoiRenderer::draw,
                TowerOfHanoiDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            You are playing a Tower of Hanoi game with 3 rods and %s disks of various diameters, which can slide \
            onto any rod. You are given the starting and ending configuration of the game as shown in the top \
            and the bottom of the image, respectively. The game has the following rules: i) Only one disk may be \
            moved at a time; ii) Each move consists of taking the upper disk from one of the stacks and placing \
            it on top of another stack or on an empty rod; and iii) No disk can be placed on top of a disk that \
            is smaller than it. What is the minimum number of moves required to go from the starting to the \
            ending configuration?""";

    @Override
    public String question(TowerOfHanoiState s) {
        return QUESTION.formatted(s.disks());
    }

    @Override
    public TowerOfHanoiState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        return new TowerOfHanoiState(
                Released.intGrid(solution, "start_position"), Released.intGrid(solution, "end_position"));
    }
}
