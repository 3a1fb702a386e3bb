package org.puzzlelens.puzzles.algo.thinkdot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Hole;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Region;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code think_dot}: how many discs of a colour show after dropping balls through a Think-a-Dot. */
public final class ThinkDotPuzzle extends PuzzleParts<ThinkDotState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "think_dot",
            Suite.ALGOPUZZLEVQA,
            "follow balls through a Think-a-Dot toy, flipping the discs they pass, and count faces",
            ThinkDotGenerator.PARAMS,
            Tag.Col,
            Tag.Pos,
            Tag.Sh,
            Tag.Ar,
            Tag.Bo,
            Tag.St);
    static final String PREAMBLE = "The toy shown in the figure has eight coloured disks on its front, and three "
            + "holes on its top \u2013 left, right, and center \u2013 through which a ball bearing could be dropped. "
            + "Each disk would display either a yellow or blue face. When a ball passes through a disc it tips the "
            + "disk mechanism which flips the face color. The tipping of the disc mechanism determines whether the "
            + "ball would be deflected to the left or to the right. The vertical walls between the discs would then "
            + "determine the path of motion of the ball. A dropped ball always passes through exactly one disc in "
            + "each of the top and the bottom row. Depending on the configuration of the top three discs it may or "
            + "may not pass through the middle row. Finally, when the ball falls to the bottom it would exit either "
            + "to a hole on the left or the right of the device. ";
    private static final List<String> COUNT_WORDS =
            List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve");

    public ThinkDotPuzzle() {
        super(
                INFO,
                ThinkDotGenerator::generate,
                ThinkDotSolver::solve,
                state -> ThinkDotRenderer.CANVAS,
                ThinkDotRenderer::draw,
                ThinkDotDescriber.INSTANCE);
    }

    /** Worded as released, including its "One ball in dropped" for a single ball. */
    @Override
    public String question(ThinkDotState s) {
        int n = s.balls().size();
        if (n > COUNT_WORDS.size()) {
            throw new IllegalArgumentException("at most " + COUNT_WORDS.size() + " balls can be worded, got " + n);
        }
        String drop = n == 1
                ? "One ball in dropped through the " + s.balls().get(0).word() + " hole. Consider the toy "
                        + "configuration after the ball has been dropped and it has exited from the bottom. "
                : COUNT_WORDS.get(n - 1) + " balls are dropped in sequence through the following holes: "
                        + String.join(", ", s.balls().stream().map(Hole::word).toList()) + ". Consider the toy "
                        + "configuration after all the balls have been dropped and they have exited from the bottom. ";
        return PREAMBLE + drop + "How many " + s.asked().word() + " faces can be seen " + s.region().phrase + " now?";
    }

    /** Released distractors are any other count of the eight discs, 0..8, whatever the region. */
    @Override
    public List<String> options(ThinkDotState state, Solution solution, RandomGenerator rng) {
        return Options.inRange(Integer.parseInt(solution.answer()), 0, 8, rng);
    }

    private static final Pattern ASKED = Pattern.compile("How many (blue|yellow) faces can be seen (.+) now\\?$");

    @Override
    public ThinkDotState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        Matcher m = ASKED.matcher(Released.question(record));
        if (!m.find()) {
            throw new MalformedRecordException(
                    "think_dot question does not ask 'How many <colour> faces can be seen ...'");
        }
        JsonNode start = Released.node(solution, "start_state");
        try {
            List<List<Disc>> discs = new ArrayList<>();
            for (JsonNode row : start) {
                List<Disc> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(Disc.of(cell.asText())));
                discs.add(cells);
            }
            List<Hole> balls = Released.stringList(solution, "moves").stream()
                    .map(Hole::of)
                    .toList();
            return new ThinkDotState(discs, balls, Disc.of(m.group(1)), Region.ofPhrase(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("think_dot record: " + e.getMessage(), e);
        }
    }
}
