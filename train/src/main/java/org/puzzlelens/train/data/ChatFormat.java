package org.puzzlelens.train.data;

import static org.puzzlelens.train.tokenizer.Vocabulary.TURN_END;
import static org.puzzlelens.train.tokenizer.Vocabulary.TURN_START;

import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * The chat template of the built-in model (Qwen's ChatML turns). In the image condition the image
 * positions precede the text; in the text condition our description stands in for the image.
 */
public final class ChatFormat {
    /** The study's format request, as the GRPO prompts and the evaluation ask it. */
    public static final String STUDY_INSTRUCTION = "Describe the image in <image_description> tags, think step by step "
            + "in <think> tags, then give the option letter in <answer> tags.";

    private ChatFormat() {
    }

    /** The user turn and the opening of the assistant turn, ready for the model to continue. */
    public static String prompt(PuzzleInstance instance, Condition condition, String instruction) {
        StringBuilder s = new StringBuilder(TURN_START).append("user\n");
        if (condition == Condition.TEXT) {
            s.append("Puzzle: ").append(instance.description()).append('\n');
        }
        s.append(instance.question()).append("\nOptions:\n");
        for (int i = 0; i < instance.options().size(); i++) {
            s.append('(').append(Options.letter(i)).append(") ").append(instance.options().get(i)).append('\n');
        }
        return s.append(instruction).append(TURN_END).append('\n').append(TURN_START).append("assistant\n").toString();
    }

    /** The same prompt for a request whose question, options and instruction are already one text (serving). */
    public static String prompt(String userText) {
        return TURN_START + "user\n" + userText + TURN_END + "\n" + TURN_START + "assistant\n";
    }
}
