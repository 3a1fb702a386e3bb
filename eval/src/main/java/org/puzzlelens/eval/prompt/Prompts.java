package org.puzzlelens.eval.prompt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.eval.Condition;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Message;
import org.puzzlelens.eval.input.ImageData;
import org.puzzlelens.puzzles.core.Options;

/** Builds the messages of each condition. */
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
        parts.add(new Message.Text(condition == Condition.TRANSCRIBE ? transcription(item) : answering(item, condition)));
        return List.of(Message.user(parts));
    }

    String answering(EvalItem item, Condition condition) {
        String context = switch (condition) {
            case TEXT -> "The puzzle is described in words instead of an image:\n" + item.description() + "\n\n";
            case IMAGE_TEXT -> "The image is also described in words:\n" + item.description() + "\n\n";
            case IMAGE, TRANSCRIBE -> "";
        };
        return template.body()
                .replace("{context}", context)
                .replace("{question}", item.question())
                .replace("{options}", optionLines(item.options()))
                .replace("{letters}", letters(item.options().size()));
    }

    static String transcription(EvalItem item) {
        return "Transcribe the state of the puzzle in the image as facts. Do not solve the puzzle.\n"
                + item.type().factGuide().strip() + "\n"
                + "Write each fact on its own line as `key = value`, with nothing else on that line.";
    }

    /**
     * The benchmark's optional second call when no answer could be read: the conversation so far and
     * "Therefore, among (A) (B) (C) (D), the answer is:".
     */
    public static List<Message> followUp(List<Message> first, String reply, int optionCount) {
        List<Message> out = new ArrayList<>(first);
        out.add(Message.assistant(reply));
        out.add(Message.user(List.of(new Message.Text(
                "Therefore, among " + letters(optionCount) + ", the answer is:"))));
        return out;
    }

    static String optionLines(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            out.append(i == 0 ? "" : "\n").append('(').append(Options.letter(i)).append(") ").append(options.get(i));
        }
        return out.toString();
    }

    static String letters(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append('(').append(Options.letter(i)).append(')');
        }
        return out.toString();
    }
}
