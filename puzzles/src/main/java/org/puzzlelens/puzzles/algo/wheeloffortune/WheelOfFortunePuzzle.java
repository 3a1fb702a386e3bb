package org.puzzlelens.puzzles.algo.wheeloffortune;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code wheel_of_fortune}: which prize is under the arrow after the wheel turns. */
public final class WheelOfFortunePuzzle extends PuzzleParts<WheelOfFortuneState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "wheel_of_fortune",
            Suite.ALGOPUZZLEVQA,
            "turn a prize wheel by a given angle and read the prize under the arrow",
            WheelOfFortuneGenerator.PARAMS,
            Tag.Pos,
            Tag.Sh,
            Tag.Tx,
            Tag.Ar);

    public WheelOfFortunePuzzle() {
        super(
                INFO,
                WheelOfFortuneGenerator::generate,
                WheelOfFortuneSolver::solve,
                state -> WheelOfFortuneRenderer.CANVAS,
                WheelOfFortuneRenderer::draw,
                WheelOfFortuneDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            A fortune wheel has %s segments of different colour. The initial position of the wheel is shown in \
            the figure. Each segment is associated with a prize as shown in the embedded text within the \
            segment. The axis of rotation of the wheel passes through its center and is perpendicular to the \
            surface of the wheel. You spin the wheel %s and it %s before stopping. You are going to win the \
            prize for the segment that now falls in front of the brown arrow. What is your prize?""";

    @Override
    public String question(WheelOfFortuneState s) {
        return QUESTION.formatted(
                s.segments(),
                s.clockwise() ? "clockwise" : "counterclockwise",
                s.inTurns()
                        ? "makes " + WheelOfFortuneSolver.turnsText(s.amount()) + " full rotations"
                        : "rotates " + s.amount() + " degrees");
    }

    /** As released: the distractors are other prizes of the same wheel. */
    @Override
    public List<String> options(WheelOfFortuneState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), state.prizes(), rng);
    }

    private static final Pattern SPIN = Pattern.compile("You spin the wheel (clockwise|counterclockwise) and it "
            + "(?:makes ([0-9.]+) full rotations|rotates (\\d+) degrees) before stopping\\.");

    @Override
    public WheelOfFortuneState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        Matcher m = SPIN.matcher(Released.question(record));
        if (!m.find()) {
            throw new MalformedRecordException("wheel_of_fortune question states no spin");
        }
        List<Integer> widths = new ArrayList<>();
        for (JsonNode a : Released.node(solution, "angles")) {
            if (!a.isNumber() || a.asDouble() != Math.rint(a.asDouble())) {
                throw new MalformedRecordException("wheel_of_fortune angles must be whole degrees, found " + a);
            }
            widths.add(a.asInt());
        }
        JsonNode firstBoundary = Released.node(solution, "original_boundaries").path(0);
        if (firstBoundary.asDouble(-1) != WheelOfFortuneState.FIRST_BOUNDARY) {
            throw new MalformedRecordException("wheel_of_fortune wheels start at 45 degrees, found " + firstBoundary);
        }
        boolean inTurns = m.group(2) != null;
        int amount = inTurns
                ? new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(20)).intValueExact()
                : Integer.parseInt(m.group(3));
        try {
            return new WheelOfFortuneState(
                    widths,
                    Released.stringList(solution, "original_colors"),
                    Released.stringList(solution, "original_prizes"),
                    Released.integer(solution, "arrow_at"),
                    m.group(1).equals("clockwise"),
                    inTurns,
                    amount);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedRecordException("wheel_of_fortune record: " + e.getMessage(), e);
        }
    }
}
