package org.puzzlelens.puzzles.algo.rottingkiwi;

import com.fasterxml.jackson.databind.JsonNode;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code rotting_kiwi}: how many minutes until the rot has spread to every fresh kiwi. */
public final class RottingKiwiPuzzle extends PuzzleParts<RottingKiwiState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "rotting_kiwi",
            Suite.ALGOPUZZLEVQA,
            "time for rot to spread through a grid of kiwis (rotting oranges)",
            RottingKiwiGenerator.PARAMS,
            Tag.Pos,
            Tag.Ar,
            Tag.Bo,
            Tag.Gr,
            Tag.Op,
            Tag.Se);

    public RottingKiwiPuzzle() {
        super(
                INFO,
                RottingKiwiGenerator::generate,
                RottingKiwiSolver::solve,
                RottingKiwiRenderer::canvas,
                RottingKiwiRenderer::draw,
                RottingKiwiDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            You are given a %s x %s grid in which each cell can contain either no kiwi, one fresh kiwi, or one \
            rotten kiwi. Every minute, any fresh kiwi that is 4-directionally adjacent to a rotten kiwi also \
            becomes rotten. What is the minimum number of minutes that must elapse until no cell has a fresh \
            kiwi?""";

    @Override
    public String question(RottingKiwiState s) {
        return QUESTION.formatted(s.size(), s.size());
    }

    @Override
    public RottingKiwiState fromReleased(JsonNode record) {
        return new RottingKiwiState(Released.intGrid(Released.node(Released.solution(record), "timestep"), "minute_0"));
    }
}
