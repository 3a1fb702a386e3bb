package org.puzzlelens.puzzles.algo.chainlink;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code chain_link}: the least time to cut and weld all the segments into one necklace. */
public final class ChainLinkPuzzle extends PuzzleParts<ChainLinkState> {
    private static final TypeInfo INFO = TypeInfo.of(
                    "chain_link",
                    Suite.ALGOPUZZLEVQA,
                    "cut and weld chain segments into one necklace in the least time",
                    ChainLinkGenerator.PARAMS,
                    Tag.Pos,
                    Tag.Sh,
                    Tag.Ar,
                    Tag.Op,
                    Tag.St)
            .withRules(ChainLinkGenerator.RULES);

    public ChainLinkPuzzle() {
        super(
                INFO,
                ChainLinkGenerator::generate,
                ChainLinkSolver::solve,
                ChainLinkRenderer::canvas,
                ChainLinkRenderer::draw,
                ChainLinkDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            Alice has %s segments of chains of different lengths as shown in the image. The total length of all \
            the segments combined is %s pieces. She has a saw machine with which a closed piece can be cut \
            opened. She also has a welding machine with which an open piece can be closed. Each cut takes %s \
            minutes and each welding takes %s minutes. %s She now wants to make the longest possible necklace \
            using all the available %s pieces. Each piece in the necklace would be connected to exactly two \
            other pieces. This would require cutting open some pieces and then joining all the resulting \
            segments together. What is the minimum time in which she can create the necklace?""";

    @Override
    public String question(ChainLinkState s) {
        return QUESTION.formatted(
                s.segments(), s.pieces(), s.cutMinutes(), s.weldMinutes(), initially(s.openLinks()), s.pieces());
    }

    private static String initially(int open) {
        return switch (open) {
            case 0 -> "Initially, there are no open pieces in any of the segments.";
            case 1 ->
                "Initially, she has 1 segment with 1 open piece as shown in the image. All the other pieces "
                        + "are closed.";
            default ->
                "Initially, she has " + open + " segments each with 1 open piece as shown in the image. All "
                        + "the other pieces are closed.";
        };
    }

    /** The pieces are the first of the released {@code steps}; the times are the solution's. */
    @Override
    public ChainLinkState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        JsonNode steps = Released.node(solution, "steps");
        if (!steps.isArray() || steps.isEmpty()) {
            throw new MalformedRecordException("chain_link 'steps' must be a non-empty list");
        }
        List<Integer> counts = new ArrayList<>();
        for (JsonNode n : steps.get(0)) {
            if (!n.isIntegralNumber()) {
                throw new MalformedRecordException("chain_link 'steps' must hold lists of integers, found " + n);
            }
            counts.add(n.asInt());
        }
        try {
            return ChainLinkState.fromCounts(
                    counts, Released.integer(solution, "each_cut_time"), Released.integer(solution, "each_join_time"));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("bad chain_link pieces: " + e.getMessage());
        }
    }
}
