package org.puzzlelens.puzzles.algo.movebox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The warehouse in words (row by row) and as one fact per cell. */
enum MoveBoxDescriber implements Describer<MoveBoxState> {
    INSTANCE;

    private static final String GUIDE = """
            State what every cell of the grid shows, one fact per line, rows and columns counted from 1 at the top left:
            r<row>c<column> = <wall, floor, box, person or flag>
            for example "r1c1 = wall" and "r3c2 = box"; an empty white cell is floor.""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(MoveBoxState s) {
        StringBuilder out = new StringBuilder("The image shows a " + s.rows() + " x " + s.columns()
                + " grid of cells: brick walls, white floor, one cardboard box, one person and one chequered end "
                + "flag. Rows and columns are counted from 1 at the top left. ");
        for (int r = 0; r < s.rows(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < s.columns(); c++) {
                cells.add(s.at(new Cell(r, c)).word());
            }
            out.append("Row ")
                    .append(r + 1)
                    .append(": ")
                    .append(String.join(", ", cells))
                    .append(". ");
        }
        return out.append("So the box is at ")
                .append(s.box().name())
                .append(", the person at ")
                .append(s.person().name())
                .append(" and the flag at ")
                .append(s.target().name())
                .append('.')
                .toString();
    }

    @Override
    public List<Fact> facts(MoveBoxState s) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                Cell cell = new Cell(r, c);
                facts.add(Fact.of(cell.name(), s.at(cell).word()));
            }
        }
        return facts;
    }

    @Override
    public Optional<MoveBoxState> fromFacts(MoveBoxState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < question.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < question.columns(); c++) {
                row.add(map.getOrDefault(new Cell(r, c).name(), ""));
            }
            grid.add(row);
        }
        return fromWords(grid);
    }

    /**
     * A state from the word each cell shows (wall, floor, box, person, flag); empty unless there is
     * exactly one box, one person and one flag and every word is known.
     */
    static Optional<MoveBoxState> fromWords(List<List<String>> grid) {
        List<String> layout = new ArrayList<>();
        Map<MoveBoxState.Content, List<Cell>> found = new EnumMap<>(MoveBoxState.Content.class);
        for (int r = 0; r < grid.size(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < grid.get(r).size(); c++) {
                Optional<MoveBoxState.Content> content = content(grid.get(r).get(c));
                if (content.isEmpty()) {
                    return Optional.empty();
                }
                found.computeIfAbsent(content.get(), k -> new ArrayList<>()).add(new Cell(r, c));
                row.append(content.get() == MoveBoxState.Content.WALL ? '#' : '.');
            }
            layout.add(row.toString());
        }
        List<Cell> boxes = found.getOrDefault(MoveBoxState.Content.BOX, List.of());
        List<Cell> people = found.getOrDefault(MoveBoxState.Content.PERSON, List.of());
        List<Cell> flags = found.getOrDefault(MoveBoxState.Content.FLAG, List.of());
        if (boxes.size() != 1 || people.size() != 1 || flags.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MoveBoxState(layout, boxes.get(0), people.get(0), flags.get(0)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<MoveBoxState.Content> content(String word) {
        for (MoveBoxState.Content c : MoveBoxState.Content.values()) {
            if (c.word().equals(word.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
