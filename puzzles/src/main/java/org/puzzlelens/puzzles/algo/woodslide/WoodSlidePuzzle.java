package org.puzzlelens.puzzles.algo.woodslide;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code wood_slide}: the least number of block moves from the starting to the ending board. */
public final class WoodSlidePuzzle extends PuzzleParts<WoodSlideState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "wood_slide",
            Suite.ALGOPUZZLEVQA,
            "find the fewest block slides between two sliding-block boards",
            WoodSlideGenerator.PARAMS,
            Tag.Pos,
            Tag.Sh,
            Tag.Ar,
            Tag.Op,
            Tag.Se);
    /** Larger blocks first, and of equal size the flatter first: the released order 2 * 2, 1 * 2, 2 * 1, 1 * 1. */
    private static final Comparator<Board.Shape> RELEASED_ORDER = Comparator.comparingInt(
                    (Board.Shape sh) -> -sh.height() * sh.width())
            .thenComparingInt(Board.Shape::height);

    public WoodSlidePuzzle() {
        super(
                INFO,
                WoodSlideGenerator::generate,
                WoodSlideSolver::solve,
                WoodSlideRenderer::canvas,
                WoodSlideRenderer::draw,
                WoodSlideDescriber.INSTANCE);
    }

    /** Worded as released, typo ("gird") included, from the block shapes on the board. */
    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            Consider a sliding block puzzle of grid size %s * %s units. It has %s wooden blocks of varying \
            sizes: %s. The gird also has %s%s. The blocks cannot be removed from the grid, and may only be slid \
            horizontally and vertically within its boundary. A move is defined as selecting a block that is \
            slideable, and moving it by 1 unit either horizontally or vertically, whichever is possible. The \
            image shows the starting and ending configurations of the puzzle grid. The wooden blocks are shown \
            in various shades of brown and the empty spaces are shown in white. What is the minimum number of \
            moves required to reach the ending configuration from the starting configuration?""";

    @Override
    public String question(WoodSlideState s) {
        Board b = s.startBoard();
        Map<Board.Shape, Integer> counts = new TreeMap<>(RELEASED_ORDER);
        b.shapes().values().forEach(shape -> counts.merge(shape, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((shape, n) -> parts.add(number(n) + " " + shape.height() + " * " + shape.width()));
        String blocks = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.getLast();
        int empties = b.empties();
        return QUESTION.formatted(
                b.rows(),
                b.cols(),
                b.shapes().size(),
                blocks,
                number(empties),
                empties == 1 ? " empty 1 * 1 space" : " empty 1 * 1 spaces");
    }

    private static final List<String> NUMBERS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");

    private static String number(int n) {
        return n < NUMBERS.size() ? NUMBERS.get(n) : Integer.toString(n);
    }

    @Override
    public WoodSlideState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        try {
            return new WoodSlideState(
                    List.of(Released.string(solution, "start_position").split("\n")),
                    List.of(Released.string(solution, "end_position").split("\n")));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad wood_slide boards: " + e.getMessage());
        }
    }
}
