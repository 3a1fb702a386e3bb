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
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Trace;

/**
 * The response styles of the warm start. Targets come from our own description and solver trace;
 * only {@link #TAGGED} uses the study's format, so the base model can describe and reason but does
 * not reliably answer in that format: that is left for GRPO to teach.
 */
public enum ResponseStyle {
    ANSWER_ONLY("Answer with the option letter."),
    DESCRIPTION_ANSWER("Describe the image, then answer with the option letter."),
    TRACE_ANSWER("Solve it step by step, then answer with the option letter."),
    TAGGED(PromptTemplate.TAGGED_INSTRUCTION),
    /** A trace with one step left out; half of these end in a wrong option, as careless reasoning does. */
    IMPERFECT_TRACE("Solve it step by step, then answer with the option letter.");

    private final String instruction;

    ResponseStyle(String instruction) {
        this.instruction = instruction;
    }

    public String instruction() {
        return instruction;
    }

    public static String answerLine(char letter) {
        return "Answer: " + letter;
    }

    /** The assistant's reply in this style (without the end-of-turn token). */
    public String target(PuzzleInstance p, RandomGenerator rng) {
        String answer = answerLine(p.answerLetter());
        return switch (this) {
            case ANSWER_ONLY -> answer;
            case DESCRIPTION_ANSWER -> p.description() + "\n" + answer;
            case TRACE_ANSWER -> Trace.numbered(p.trace()) + answer;
            case TAGGED -> DESCRIPTION_OPEN + p.description() + DESCRIPTION_CLOSE + "\n" + THINK_OPEN + "\n"
                    + Trace.numbered(p.trace()) + THINK_CLOSE + "\n" + ANSWER_OPEN + p.answerLetter() + ANSWER_CLOSE;
            case IMPERFECT_TRACE -> imperfect(p, rng);
        };
    }

    private static String imperfect(PuzzleInstance p, RandomGenerator rng) {
        List<String> steps = new ArrayList<>(p.trace());
        if (steps.size() > 1) {
            steps.remove(rng.nextInt(steps.size() - 1)); // never the last line, which states the answer
        }
        int letter = p.answerIndex();
        if (rng.nextBoolean()) {
            letter = (letter + 1 + rng.nextInt(p.options().size() - 1)) % p.options().size();
        }
        return Trace.numbered(steps) + answerLine(Options.letter(letter));
    }
}
