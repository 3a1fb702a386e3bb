package org.puzzlelens.train.data;

import static org.puzzlelens.train.tokenizer.Vocabulary.ANSWER_CLOSE;
import static org.puzzlelens.train.tokenizer.Vocabulary.ANSWER_OPEN;
import static org.puzzlelens.train.tokenizer.Vocabulary.DESCRIPTION_CLOSE;
import static org.puzzlelens.train.tokenizer.Vocabulary.DESCRIPTION_OPEN;
import static org.puzzlelens.train.tokenizer.Vocabulary.THINK_CLOSE;
import static org.puzzlelens.train.tokenizer.Vocabulary.THINK_OPEN;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Trace;

/**
 * The response styles of the warm start, all in the study's tags. The description is the puzzle's
 * fact lines ({@code key = value}, as the perception reward and the transcription probe grade them)
 * and the reasoning its compact solver trace, so a whole tagged answer fits the token budget.
 *
 * <p>Each style is taught under its own instruction and, as often, under the study's instruction,
 * so that the base answers the study prompt in a mix of styles: the reward designs then have
 * behaviours to choose between (describe or not, reason or not), which is what GRPO can move.
 */
public enum ResponseStyle {
    ANSWER_ONLY("Give the option letter in <answer> tags."),
    THINK_ANSWER("Think step by step in <think> tags, then give the option letter in <answer> tags."),
    DESCRIPTION_ANSWER("Describe the image in <image_description> tags, then give the option letter in <answer> tags."),
    TAGGED(PromptTemplate.TAGGED_INSTRUCTION),
    /** Full format with a reasoning step left out; half of these end in a wrong option, as careless reasoning does. */
    CARELESS(PromptTemplate.TAGGED_INSTRUCTION);

    private final String instruction;

    ResponseStyle(String instruction) {
        this.instruction = instruction;
    }

    public String instruction() {
        return instruction;
    }

    /** The assistant's reply in this style (without the end-of-turn token). */
    public String target(PuzzleInstance p, RandomGenerator rng) {
        return switch (this) {
            case ANSWER_ONLY -> answer(p.answerIndex());
            case THINK_ANSWER -> think(p.trace()) + answer(p.answerIndex());
            case DESCRIPTION_ANSWER -> description(p) + answer(p.answerIndex());
            case TAGGED -> description(p) + think(p.trace()) + answer(p.answerIndex());
            case CARELESS -> careless(p, rng);
        };
    }

    /** The {@code <image_description>} block: the fact lines. */
    public static String description(PuzzleInstance p) {
        return DESCRIPTION_OPEN + "\n" + Facts.format(p.facts()) + DESCRIPTION_CLOSE + "\n";
    }

    private static String think(List<String> trace) {
        return THINK_OPEN + "\n" + Trace.numbered(trace) + THINK_CLOSE + "\n";
    }

    private static String answer(int index) {
        return ANSWER_OPEN + Options.letter(index) + ANSWER_CLOSE;
    }

    private static String careless(PuzzleInstance p, RandomGenerator rng) {
        List<String> steps = new ArrayList<>(p.trace());
        if (steps.size() > 1) {
            steps.remove(rng.nextInt(steps.size() - 1)); // never the last line, which states the answer
        }
        int letter = p.answerIndex();
        if (rng.nextBoolean()) {
            letter = (letter + 1 + rng.nextInt(p.options().size() - 1))
                    % p.options().size();
        }
        return description(p) + think(steps) + answer(letter);
    }
}
