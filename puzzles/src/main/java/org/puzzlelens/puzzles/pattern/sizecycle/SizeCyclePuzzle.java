package org.puzzlelens.puzzles.pattern.sizecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/** PuzzleVQA {@code size_cycle}: the size of the hidden circle of a spiral whose arms all grow alike. */
public final class SizeCyclePuzzle extends PuzzleParts<SizeCycleState> {
    private static final TypeInfo INFO = new TypeInfo("size_cycle", Suite.PUZZLEVQA, EnumSet.of(Tag.size),
            SizeCycleGenerator.PARAMS,
            "find the size of the hidden circle in a spiral whose arms grow small, medium, large");
    static final String QUESTION = "What is the size of the missing circle denoted with a question mark?";

    public SizeCyclePuzzle() {
        super(INFO, SizeCycleState.class,
                SizeCycleGenerator::generate, SizeCycleSolver::solve,
                state -> PatternDraw.CANVAS, SizeCycleRenderer::draw, SizeCycleDescriber.INSTANCE);
    }

    @Override
    public String question(SizeCycleState state) {
        return QUESTION;
    }

    /** The three sizes, as released. */
    @Override
    public List<String> options(SizeCycleState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.allWords(solution.answer(), Size.WORDS, rng);
    }

    /** Every released caption lists all arms in full; it does not say how the spiral is turned, which only looks. */
    @Override
    public SizeCycleState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        List<List<String>> arms = PyList.all(caption);
        try {
            return new SizeCycleState(arms, 0);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("size_cycle caption does not list the arms: " + e.getMessage());
        }
    }
}
