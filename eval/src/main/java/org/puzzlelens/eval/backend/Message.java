package org.puzzlelens.eval.backend;

import java.util.List;
import org.puzzlelens.eval.input.ImageData;

/** A chat message: text and images in the order shown. */
public record Message(Role role, List<Part> parts) {
    public enum Role {
        USER,
        ASSISTANT
    }

    public Message {
        parts = List.copyOf(parts);
    }

    public static Message user(List<Part> parts) {
        return new Message(Role.USER, parts);
    }

    public static Message assistant(String text) {
        return new Message(Role.ASSISTANT, List.of(new Text(text)));
    }

    public sealed interface Part permits Text, Image {}

    public record Text(String text) implements Part {}

    public record Image(ImageData data) implements Part {}

    /** The message's text parts joined (for backends and tests that read the prompt). */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Text t) {
                out.append(t.text());
            }
        }
        return out.toString();
    }
}
