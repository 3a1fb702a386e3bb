package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
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
public final class GridNumberColorPuzzle extends PuzzleParts<GridNumberColorState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "grid_number_color",
            Suite.PUZZLEVQA,
            "find the colour of a grid cell from the colours of cells with the same number",
            GridNumberColorGenerator.PARAMS,
            Tag.colors,
            Tag.numbers);

    public GridNumberColorPuzzle() {
        super(
                INFO,
                GridNumberColorGenerator::generate,
                GridNumberColorSolver::solve,
                state -> PatternDraw.CANVAS,
                GridNumberColorRenderer::draw,
                GridNumberColorDescriber.INSTANCE);
    }

    @Override
    public String question(GridNumberColorState s) {
        return "What is the missing color if the part denoted with the question mark has the number " + s.askedNumber()
                + "?";
    }

    @Override
    public List<String> options(GridNumberColorState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.colourOptions(solution.answer(), rng);
    }

    private static final Pattern ASKED = Pattern.compile("has the number (\\d+)\\?");
    private static final Pattern PAIR = Pattern.compile("\\((\\d+), '(\\w+|\\?)'\\)");

    /** The cells from the caption's (number, colour) pairs; the asked number from the question. */
    @Override
    public GridNumberColorState fromReleased(JsonNode record) {
        int asked = PyList.number(PatternAnswers.match(ASKED, Released.question(record), "the asked number")
                .group(1));
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
        return PatternAnswers.fromCaption(
                () -> {
                    List<Integer> withAsked = new ArrayList<>(numbers);
                    withAsked.set(Math.max(0, colours.indexOf(null)), asked);
                    return new GridNumberColorState(withAsked, colours);
                },
                GridNumberColorSolver::solve,
                "a colour for every number");
    }
}
