package org.puzzlelens.puzzles.pattern.circlesizenumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code circle_size_number}: the hidden number of a circle whose size follows its number. */
public final class CircleSizeNumberPuzzle extends PuzzleParts<CircleSizeNumberState> {
    private static final TypeInfo INFO = new TypeInfo("circle_size_number", Suite.PUZZLEVQA,
            EnumSet.of(Tag.numbers, Tag.size), CircleSizeNumberGenerator.PARAMS,
            "find a hidden number from its circle's size: bigger numbers, bigger circles");
    static final String QUESTION = "What is the missing number of the part denoted with a question mark?";

    public CircleSizeNumberPuzzle() {
        super(INFO, CircleSizeNumberState.class,
                CircleSizeNumberGenerator::generate, CircleSizeNumberSolver::solve,
                state -> PatternDraw.CANVAS, CircleSizeNumberRenderer::draw, CircleSizeNumberDescriber.INSTANCE);
    }

    @Override
    public String question(CircleSizeNumberState state) {
        return QUESTION;
    }

    /**
     * Needs the sizes line our captions add: the released captions list the numbers only, and without the
     * hidden circle's size the number cannot be told.
     */
    @Override
    public CircleSizeNumberState fromReleased(JsonNode record) {
        List<List<String>> lists = PyList.all(Released.string(record, "caption"));
        if (lists.size() != 2) {
            throw new MalformedRecordException("circle_size_number caption must list the numbers and the sizes of the "
                    + "circles; released captions omit the sizes, so the hidden circle's size is unknown");
        }
        try {
            List<Integer> sizes = new ArrayList<>();
            lists.get(1).forEach(size -> sizes.add(Integer.parseInt(size)));
            return new CircleSizeNumberState(lists.get(0), sizes);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("circle_size_number caption does not state the ring: " + e.getMessage());
        }
    }
}
