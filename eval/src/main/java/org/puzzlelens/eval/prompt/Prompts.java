package org.puzzlelens.eval.prompt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Message;
import org.puzzlelens.eval.input.ImageData;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;

/** Builds the messages of each condition: the image when shown, then the text of the chat package's template. */
public final class Prompts {
    private final PromptTemplate template;
    private final int maxImageSide;

    public Prompts(PromptTemplate template, int maxImageSide) {
        this.template = template;
        this.maxImageSide = maxImageSide;
    }

    public PromptTemplate template() {
        return template;
    }

    /** The first user message: the image first when shown, then the text. */
    public List<Message> messages(EvalItem item, Condition condition) throws IOException {
        List<Message.Part> parts = new ArrayList<>();
        if (condition.usesImage()) {
            parts.add(new Message.Image(ImageData.read(item.image(), maxImageSide)));
        }
        parts.add(new Message.Text(text(item, condition)));
        return List.of(Message.user(parts));
    }

    /** The text of the first user message. */
    public String text(EvalItem item, Condition condition) {
        return condition.asksForAnswer()
                ? template.user(condition, item.question(), item.options(), item.description())
                : PromptTemplate.transcription(item.type());
    }

    /**
     * The benchmark's optional second call when no answer could be read: the conversation so far and
     * "Therefore, among (A) (B) (C) (D), the answer is:".
     */
    public static List<Message> followUp(List<Message> first, String reply, int optionCount) {
        List<Message> out = new ArrayList<>(first);
        out.add(Message.assistant(reply));
        out.add(Message.user(List.of(new Message.Text(PromptTemplate.followUp(optionCount)))));
        return out;
    }
}
