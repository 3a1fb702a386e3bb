package org.puzzlelens.puzzles.algo.colourhue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code colour_hue}: least swaps to restore a colour-gradient board. */
public final class ColourHuePuzzle implements PuzzleType<ColourHueState> {
    private static final TypeInfo INFO = new TypeInfo("colour_hue", Suite.ALGOPUZZLEVQA,
            EnumSet.of(Tag.Col, Tag.Pos, Tag.Ar, Tag.Op), ColourHueGenerator.PARAMS,
            "least number of tile swaps that restore a colour-gradient board");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ColourHueState> stateType() {
        return ColourHueState.class;
    }

    @Override
    public ColourHueState generate(Parameters params, RandomGenerator rng) {
        return ColourHueGenerator.generate(params, rng);
    }

    @Override
    public String question(ColourHueState s) {
        return "A " + s.rows() + " * " + s.columns() + " board consists of " + s.size() + " different coloured tiles. "
                + "A random state of the board is shown in (A). The ideal state of the board is shown in (B). A swap "
                + "consists of selecting any two tiles on the board and switching their positions. What is the "
                + "minimum number of swaps required to restore the ideal state of the board from (A)?";
    }

    @Override
    public Solution solve(ColourHueState state) {
        return ColourHueSolver.solve(state);
    }

    @Override
    public Canvas canvas(ColourHueState state) {
        return ColourHueRenderer.CANVAS;
    }

    @Override
    public void draw(ColourHueState state, Graphics2D g) {
        ColourHueRenderer.draw(state, g);
    }

    @Override
    public String describe(ColourHueState state) {
        return ColourHueDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(ColourHueState state) {
        return ColourHueDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ColourHueDescriber.GUIDE;
    }

    @Override
    public Optional<ColourHueState> fromFacts(ColourHueState question, List<Fact> facts) {
        return ColourHueDescriber.fromFacts(question, facts);
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
                ideal.add(new Rgb(rgb.get(0).asInt(), rgb.get(1).asInt(), rgb.get(2).asInt()));
            }
        }
        return new ColourHueState(grid.size(), grid.get(0).size(), ideal, Released.intList(solution, "shuffled_order"));
    }
}
