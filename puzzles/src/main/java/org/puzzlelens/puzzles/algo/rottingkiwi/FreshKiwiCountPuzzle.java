package org.puzzlelens.puzzles.algo.rottingkiwi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** Lab variant of {@code rotting_kiwi}: how many fresh kiwis does the grid hold (1 to 4, uniform)? */
public final class FreshKiwiCountPuzzle implements LabVariant<RottingKiwiState> {
    private static final List<Param> PARAMS = List.of(
            Param.Int.same("size", "rows and columns of the grid", IntRange.exactly(3)),
            Param.Int.same("fresh", "fresh kiwis: the answer", IntRange.of(1, 4)),
            Param.Int.same("rotten", "rotten kiwis", IntRange.exactly(1)));
    private static final TypeInfo INFO = new TypeInfo("kiwi_count_lab", Suite.LAB, EnumSet.of(Tag.Pos, Tag.Ar), PARAMS,
            "lab: count the fresh kiwis in the rotting_kiwi grid");
    /** What only the question fixes: the grid size (the cells themselves come from the facts). */
    private static final RottingKiwiState SHAPE = new RottingKiwiState(List.of(List.of(2, 1, 0), List.of(0, 0, 0),
            List.of(0, 0, 0)));

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
        return "The image shows a " + s.size() + " x " + s.size() + " grid; each cell is empty or holds a kiwi, and "
                + "a rotten kiwi is crossed out in red. How many fresh kiwis are in the grid?";
    }

    @Override
    public List<String> fixedOptions() {
        return List.of("1", "2", "3", "4");
    }

    @Override
    public Solution solve(RottingKiwiState s) {
        List<String> fresh = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                if (s.at(r, c) == RottingKiwiState.FRESH) {
                    fresh.add("r" + (r + 1) + "c" + (c + 1));
                }
            }
        }
        var fields = JsonNodeFactory.instance.objectNode().put("facts", Facts.format(facts(s)));
        return new Solution(String.valueOf(fresh.size()),
                List.of("fresh: " + String.join(", ", fresh), "count = " + fresh.size()), fields);
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
    public List<Fact> facts(RottingKiwiState state) {
        return RottingKiwiDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return RottingKiwiDescriber.GUIDE;
    }

    @Override
    public Optional<RottingKiwiState> fromFacts(RottingKiwiState question, List<Fact> facts) {
        return RottingKiwiDescriber.fromFacts(SHAPE, facts);
    }
}
