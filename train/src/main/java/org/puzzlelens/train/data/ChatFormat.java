package org.puzzlelens.train.data;

import static org.puzzlelens.train.tokenizer.Vocabulary.TURN_END;
import static org.puzzlelens.train.tokenizer.Vocabulary.TURN_START;

import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * The chat template of the built-in model (Qwen's ChatML turns) around the user text of the chat
 * package's {@link PromptTemplate}, so the warm start, GRPO and the evaluation through the local
 * backend ask in the same words. The image positions precede the text when the condition shows it.
 */
public final class ChatFormat {
    private ChatFormat() {}

    /** The study's prompt: the tagged format request, as GRPO asks, the warm start's tagged style, and the evaluation. */
    public static String studyPrompt(PuzzleInstance instance, Condition condition) {
        return prompt(instance, condition, PromptTemplate.TAGGED_INSTRUCTION);
    }

    /** The user turn asking with {@code instruction}, and the opening of the assistant turn. */
    public static String prompt(PuzzleInstance instance, Condition condition, String instruction) {
        return prompt(PromptTemplate.asking("train", instruction)
                .user(condition, instance.question(), instance.options(), instance.description()));
    }

    /** The same turns around a user text already built (the evaluation's request, serving). */
    public static String prompt(String userText) {
        return TURN_START + "user\n" + userText + TURN_END + "\n" + TURN_START + "assistant\n";
    }
}
