package org.puzzlelens.puzzles.algo.rottingkiwi;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** Lab variant of {@code rotting_kiwi}: how many fresh kiwis does the grid hold (1 to 4, uniform)? */
public final class FreshKiwiCountPuzzle extends LabVariant<RottingKiwiState> {
    /** The varied generator's parameters, with the fresh count (the answer) narrowed to the options. */
    private static final List<Param> PARAMS = List.of(
            Param.Int.same(RottingKiwiGenerator.SIZE.name(), RottingKiwiGenerator.SIZE.meaning(), IntRange.exactly(3)),
            Param.Int.same(RottingKiwiGenerator.FRESH.name(), "fresh kiwis: the answer", IntRange.of(1, 4)),
            Param.Int.same(
                    RottingKiwiGenerator.ROTTEN.name(), RottingKiwiGenerator.ROTTEN.meaning(), IntRange.exactly(1)));

    private static final TypeInfo INFO = TypeInfo.of(
            "kiwi_count_lab",
            Suite.LAB,
            "lab: count the fresh kiwis in the rotting_kiwi grid",
            PARAMS,
            Tag.Pos,
            Tag.Ar);
    /** What only the question fixes: the grid size (the cells themselves come from the facts). */
    private static final RottingKiwiState SHAPE =
            new RottingKiwiState(List.of(List.of(2, 1, 0), List.of(0, 0, 0), List.of(0, 0, 0)));

    public FreshKiwiCountPuzzle() {
        super(
                INFO,
                RottingKiwiGenerator::generate,
                FreshKiwiCountPuzzle::count,
                RottingKiwiRenderer::canvas,
                RottingKiwiRenderer::draw,
                RottingKiwiDescriber.INSTANCE,
                SHAPE,
                List.of("1", "2", "3", "4"));
    }

    @Override
    public String question(RottingKiwiState s) {
        return "The image shows a " + s.size() + " x " + s.size() + " grid; each cell is empty or holds a kiwi, and "
                + "a rotten kiwi is crossed out in red. How many fresh kiwis are in the grid?";
    }

    private static Solution count(RottingKiwiState s) {
        List<String> fresh = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                if (s.at(r, c) == RottingKiwiState.FRESH) {
                    fresh.add("r" + (r + 1) + "c" + (c + 1));
                }
            }
        }
        return new Solution(
                String.valueOf(fresh.size()),
                List.of("fresh: " + String.join(", ", fresh), "count = " + fresh.size()),
                factsField(RottingKiwiDescriber.INSTANCE.facts(s)));
    }
}
