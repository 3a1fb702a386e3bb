package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code grid_number_color}: cells with the same number have the same colour. */
public final class GridNumberColorPuzzle implements PuzzleType<GridNumberColorState> {
    private static final TypeInfo INFO = new TypeInfo("grid_number_color", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.numbers), GridNumberColorGenerator.PARAMS,
            "find the colour of a grid cell from the colours of cells with the same number");
    private static final Pattern ASKED = Pattern.compile("has the number (\\d+)\\?");
    private static final Pattern PAIR = Pattern.compile("\\((\\d+), '(\\w+|\\?)'\\)");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<GridNumberColorState> stateType() {
        return GridNumberColorState.class;
    }

    @Override
    public GridNumberColorState generate(Parameters params, RandomGenerator rng) {
        return GridNumberColorGenerator.generate(params, rng);
    }

    @Override
    public String question(GridNumberColorState s) {
        return "What is the missing color if the part denoted with the question mark has the number "
                + s.askedNumber() + "?";
    }

    @Override
    public Solution solve(GridNumberColorState state) {
        return GridNumberColorSolver.solve(state);
    }

    @Override
    public List<String> options(GridNumberColorState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.colourOptions(solution.answer(), rng);
    }

    @Override
    public Canvas canvas(GridNumberColorState state) {
        return PatternDraw.CANVAS;
    }

    @Override
    public void draw(GridNumberColorState state, Graphics2D g) {
        GridNumberColorRenderer.draw(state, g);
    }

    @Override
    public String describe(GridNumberColorState state) {
        return GridNumberColorDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(GridNumberColorState state) {
        return GridNumberColorDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return GridNumberColorDescriber.GUIDE;
    }

    @Override
    public Optional<GridNumberColorState> fromFacts(GridNumberColorState question, List<Fact> facts) {
        return GridNumberColorDescriber.fromFacts(question, facts);
    }

    /** The cells from the caption's (number, colour) pairs; the asked number from the question. */
    @Override
    public GridNumberColorState fromReleased(JsonNode record) {
        int asked = PyList.number(PatternAnswers.match(ASKED, Released.question(record), "the asked number").group(1));
        Matcher m = PAIR.matcher(PatternAnswers.caption(record));
        List<Integer> numbers = new ArrayList<>();
        List<PatternColour> colours = new ArrayList<>();
        while (m.find()) {
            numbers.add(PyList.number(m.group(1)));
            colours.add(m.group(2).equals("?") ? null : PyList.colour(m.group(2)));
        }
        if (numbers.size() != Grid3.CELLS) {
            throw new MalformedRecordException("caption states " + numbers.size() + " number-colour pairs, not 9");
        }
        return PatternAnswers.fromCaption(() -> {
            List<Integer> withAsked = new ArrayList<>(numbers);
            withAsked.set(Math.max(0, colours.indexOf(null)), asked);
            return new GridNumberColorState(withAsked, colours);
        }, GridNumberColorSolver::solve, "a colour for every number");
    }
}
