package org.puzzlelens.puzzles.algo.numberslide;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Direction;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Kind;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Line;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Statistic;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code number_slide}: questions about the boards a sliding puzzle reaches in exactly k moves. */
public final class NumberSlidePuzzle extends PuzzleParts<NumberSlideState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "number_slide",
            Suite.ALGOPUZZLEVQA,
            "explore the boards a sliding-tile puzzle reaches in exactly k moves",
            NumberSlideGenerator.PARAMS,
            Tag.Pos,
            Tag.Tx,
            Tag.Ar,
            Tag.Co,
            Tag.Op,
            Tag.Se,
            Tag.St);
    static final String COUNT_ASK = "How many unique final board positions can you reach?";

    public NumberSlidePuzzle() {
        super(
                INFO,
                NumberSlideGenerator::generate,
                NumberSlideSolver::solve,
                state -> NumberSlideRenderer.CANVAS,
                NumberSlideRenderer::draw,
                NumberSlideDescriber.INSTANCE);
    }

    @Override
    public String question(NumberSlideState s) {
        int n = s.size();
        int k = s.totalMoves();
        String start = "The board shown in the image is a sliding puzzle of " + n + " * " + n + " tile dimensions. "
                + "It has " + (n * n - 1) + " numbered tiles and one unoccupied (open) position. Tiles in the same "
                + "row or column of the open position can be moved by sliding them horizontally or vertically, "
                + "respectively. All tiles always stay and move inside the red boundary wall, as shown in the image. "
                + "A move is defined as moving the open position by one tile unit in any available direction. You "
                + "start from the board position shown in the image and perform exactly " + k
                + (k == 1 ? " move" : " moves");
        return switch (s.kind()) {
            case COUNT -> start + ". " + COUNT_ASK;
            case EXTREME_SUM ->
                start + ". What is the " + (s.statistic() == Statistic.MIN ? "minimum" : "maximum")
                        + " sum that you can achieve across the " + s.line().phrase + " in the final board position?";
            case AFTER_SEQUENCE ->
                start + " such that the open position is seen moving in the following sequence: "
                        + String.join(
                                ", ", s.sequence().stream().map(Direction::word).toList()) + ". What is the "
                        + switch (s.statistic()) {
                            case MAX -> "maximum number in";
                            case MIN -> "minimum number in";
                            case SUM -> "sum of numbers of";
                        }
                        + " the " + s.line().phrase + " which now has the open position?";
        };
    }

    private static final Pattern EXTREME = Pattern.compile("What is the (minimum|maximum) sum that you can achieve "
            + "across the (top most row|bottom most row|left most column|right most column) in the final board "
            + "position\\?$");
    private static final Pattern SEQUENCE = Pattern.compile("in the following sequence: ([a-z, ]+)\\. What is the "
            + "(maximum number in|minimum number in|sum of numbers of) the (row|column) which now has the open "
            + "position\\?$");

    @Override
    public NumberSlideState fromReleased(JsonNode record) {
        String question = Released.question(record);
        JsonNode solution = Released.solution(record);
        List<List<Integer>> grid = Released.intGrid(solution, "starting_grid");
        int k = Released.integer(solution, "total_moves");
        try {
            if (question.endsWith(COUNT_ASK)) {
                return new NumberSlideState(grid, Kind.COUNT, k, null, null, List.of());
            }
            Matcher m = EXTREME.matcher(question);
            if (m.find()) {
                return new NumberSlideState(
                        grid,
                        Kind.EXTREME_SUM,
                        k,
                        m.group(1).equals("minimum") ? Statistic.MIN : Statistic.MAX,
                        Line.ofPhrase(m.group(2)),
                        List.of());
            }
            m = SEQUENCE.matcher(question);
            if (m.find()) {
                Statistic statistic = switch (m.group(2)) {
                    case "maximum number in" -> Statistic.MAX;
                    case "minimum number in" -> Statistic.MIN;
                    default -> Statistic.SUM;
                };
                return new NumberSlideState(
                        grid,
                        Kind.AFTER_SEQUENCE,
                        k,
                        statistic,
                        Line.ofPhrase(m.group(3)),
                        List.of(m.group(1).split(", ")).stream()
                                .map(Direction::of)
                                .toList());
            }
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("number_slide record: " + e.getMessage(), e);
        }
        throw new MalformedRecordException("number_slide question asks none of the three released questions");
    }
}
