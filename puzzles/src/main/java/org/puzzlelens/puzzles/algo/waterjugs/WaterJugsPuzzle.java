package org.puzzlelens.puzzles.algo.waterjugs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code water_jugs}: the least number of pours from the amounts shown to the amounts asked. */
public final class WaterJugsPuzzle extends PuzzleParts<WaterJugsState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "water_jugs",
            Suite.ALGOPUZZLEVQA,
            "find the fewest pours between jugs that reach the asked amounts",
            WaterJugsGenerator.PARAMS,
            Tag.Pos,
            Tag.Sh,
            Tag.Tx,
            Tag.Ar,
            Tag.Bo,
            Tag.Op,
            Tag.Se);

    public WaterJugsPuzzle() {
        super(
                INFO,
                WaterJugsGenerator::generate,
                WaterJugsSolver::solve,
                state -> WaterJugsRenderer.CANVAS,
                WaterJugsRenderer::draw,
                WaterJugsDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            You are given %s jugs of capacities %s litres. Initially, the amount of water that is contained in \
            each jar is shown in the image. A single step of water pouring from one jug to another is \
            constrained by the following rules: i) take a non-empty jug and pour water from it to another \
            non-full jug until the first one becomes empty or the second one becomes full; and ii) no water can \
            be split while pouring. The objective is to reach the amounts of %s litres of water in the jugs from \
            left to right, respectively. What is the minimum number of water pouring steps required to achieve \
            the objective?""";

    @Override
    public String question(WaterJugsState s) {
        return QUESTION.formatted(s.jugs(), joined(s.capacities()), joined(s.end()));
    }

    private static String joined(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    @Override
    public WaterJugsState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        try {
            return new WaterJugsState(
                    Released.intList(solution, "capacities"),
                    Released.intList(solution, "start"),
                    Released.intList(solution, "end"));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad water_jugs solution: " + e.getMessage());
        }
    }
}
