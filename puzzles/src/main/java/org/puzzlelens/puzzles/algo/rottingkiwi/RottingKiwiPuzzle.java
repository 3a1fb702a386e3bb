package org.puzzlelens.puzzles.algo.rottingkiwi;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code rotting_kiwi}: how many minutes until the rot has spread to every fresh kiwi. */
public final class RottingKiwiPuzzle implements PuzzleType<RottingKiwiState> {
    private static final TypeInfo INFO = new TypeInfo("rotting_kiwi", Suite.ALGOPUZZLEVQA,
            EnumSet.of(Tag.Pos, Tag.Ar, Tag.Bo, Tag.Gr, Tag.Op, Tag.Se), RottingKiwiGenerator.PARAMS,
            "time for rot to spread through a grid of kiwis (rotting oranges)");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<RottingKiwiState> stateType() {
        return RottingKiwiState.class;
    }

    @Override
    public RottingKiwiState generate(Parameters params, RandomGenerator rng) {
        return RottingKiwiGenerator.generate(params, rng);
    }

    @Override
    public String question(RottingKiwiState s) {
        return "You are given a " + s.size() + " x " + s.size() + " grid in which each cell can contain either no "
                + "kiwi, one fresh kiwi, or one rotten kiwi. Every minute, any fresh kiwi that is 4-directionally "
                + "adjacent to a rotten kiwi also becomes rotten. What is the minimum number of minutes that must "
                + "elapse until no cell has a fresh kiwi?";
    }

    @Override
    public Solution solve(RottingKiwiState state) {
        return RottingKiwiSolver.solve(state);
    }

    @Override
    public Canvas canvas(RottingKiwiState state) {
        return RottingKiwiRenderer.canvas(state);
    }

    @Override
    public void draw(RottingKiwiState state, Graphics2D g) {
        RottingKiwiRenderer.draw(state, g);
    }

    @Override
    public String describe(RottingKiwiState state) {
        return RottingKiwiDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(RottingKiwiState state) {
        return RottingKiwiDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return RottingKiwiDescriber.GUIDE;
    }

    @Override
    public Optional<RottingKiwiState> fromFacts(RottingKiwiState question, List<Fact> facts) {
        return RottingKiwiDescriber.fromFacts(question, facts);
    }

    @Override
    public RottingKiwiState fromReleased(JsonNode record) {
        return new RottingKiwiState(Released.intGrid(Released.node(Released.solution(record), "timestep"), "minute_0"));
    }
}
