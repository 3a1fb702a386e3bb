package org.puzzlelens.puzzles.algo.rottingkiwi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The grid in words and as one fact a cell ({@code r1c2 = fresh}). */
enum RottingKiwiDescriber implements Describer<RottingKiwiState> {
    INSTANCE;

    private static final String GUIDE = """
            State every cell of the grid, one fact per line, rows numbered from 1 at the top and columns from 1
            at the left:
            r<row>c<column> = empty | fresh | rotten
            (a rotten kiwi is crossed out in red), e.g. r1c1 = rotten""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(RottingKiwiState s) {
        StringBuilder out = new StringBuilder("The image shows a " + s.size() + " x " + s.size()
                + " grid of cells; each is empty, holds a fresh kiwi, or holds a rotten kiwi (crossed out in red).");
        for (int r = 0; r < s.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < s.size(); c++) {
                cells.add(RottingKiwiState.NAMES.get(s.at(r, c)));
            }
            out.append(" Row ")
                    .append(r + 1)
                    .append(" from left to right: ")
                    .append(String.join(", ", cells))
                    .append('.');
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(RottingKiwiState s) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                facts.add(Fact.of(key(r, c), RottingKiwiState.NAMES.get(s.at(r, c))));
            }
        }
        return facts;
    }

    /** The grid size is the question's; every cell must be stated. */
    @Override
    public Optional<RottingKiwiState> fromFacts(RottingKiwiState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < question.size(); r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < question.size(); c++) {
                int kind = RottingKiwiState.NAMES.indexOf(map.getOrDefault(key(r, c), ""));
                if (kind < 0) {
                    return Optional.empty();
                }
                row.add(kind);
            }
            grid.add(row);
        }
        try {
            return Optional.of(new RottingKiwiState(grid));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String key(int r, int c) {
        return "r" + (r + 1) + "c" + (c + 1);
    }
}
