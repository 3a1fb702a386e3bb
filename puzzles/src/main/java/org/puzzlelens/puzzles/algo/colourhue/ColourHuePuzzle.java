package org.puzzlelens.puzzles.algo.colourhue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code colour_hue}: least swaps to restore a colour-gradient board. */
public final class ColourHuePuzzle extends PuzzleParts<ColourHueState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "colour_hue",
            Suite.ALGOPUZZLEVQA,
            "least number of tile swaps that restore a colour-gradient board",
            ColourHueGenerator.PARAMS,
            Tag.Col,
            Tag.Pos,
            Tag.Ar,
            Tag.Op);

    public ColourHuePuzzle() {
        super(
                INFO,
                ColourHueGenerator::generate,
                ColourHueSolver::solve,
                state -> ColourHueRenderer.CANVAS,
                ColourHueRenderer::draw,
                ColourHueDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            A %s * %s board consists of %s different coloured tiles. A random state of the board is shown in \
            (A). The ideal state of the board is shown in (B). A swap consists of selecting any two tiles on the \
            board and switching their positions. What is the minimum number of swaps required to restore the \
            ideal state of the board from (A)?""";

    @Override
    public String question(ColourHueState s) {
        return QUESTION.formatted(s.rows(), s.columns(), s.size());
    }

    @Override
    public ColourHueState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        JsonNode grid = Released.node(solution, "ideal_grid");
        if (!grid.isArray() || grid.isEmpty() || !grid.get(0).isArray()) {
            throw new MalformedRecordException("field 'ideal_grid' must be rows x columns x RGB");
        }
        List<Rgb> ideal = new ArrayList<>();
        for (JsonNode row : grid) {
            if (row.size() != grid.get(0).size()) {
                throw new MalformedRecordException("rows of 'ideal_grid' differ in length");
            }
            for (JsonNode rgb : row) {
                if (rgb.size() != 3) {
                    throw new MalformedRecordException("a tile of 'ideal_grid' must be [r, g, b], found " + rgb);
                }
                ideal.add(new Rgb(
                        rgb.get(0).asInt(), rgb.get(1).asInt(), rgb.get(2).asInt()));
            }
        }
        return new ColourHueState(grid.size(), grid.get(0).size(), ideal, Released.intList(solution, "shuffled_order"));
    }
}
