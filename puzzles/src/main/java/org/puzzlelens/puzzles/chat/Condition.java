package org.puzzlelens.puzzles.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a model is shown for one instance. Comparing the same instances across conditions separates
 * perception from reasoning: {@code text} bypasses perception, {@code transcribe} isolates it.
 */
public enum Condition {
    /** The image, question and options: the benchmark's own setting. */
    IMAGE("image", true, false),
    /** The textual description instead of the image. */
    TEXT("text", false, true),
    /** Both the image and the description. */
    IMAGE_TEXT("image+text", true, true),
    /** The image only, with a request to transcribe its state as facts; our solver answers from them. */
    TRANSCRIBE("transcribe", true, false);

    private final String id;
    private final boolean usesImage;
    private final boolean usesDescription;

    Condition(String id, boolean usesImage, boolean usesDescription) {
        this.id = id;
        this.usesImage = usesImage;
        this.usesDescription = usesDescription;
    }

    public String id() {
        return id;
    }

    public boolean usesImage() {
        return usesImage;
    }

    public boolean usesDescription() {
        return usesDescription;
    }

    /** Whether the model picks an option (every condition but {@code transcribe}). */
    public boolean asksForAnswer() {
        return this != TRANSCRIBE;
    }

    public static Condition parse(String text) {
        String want = text.trim().toLowerCase(Locale.ROOT);
        for (Condition c : values()) {
            if (c.id.equals(want)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown condition '" + text + "'; use one of " + ids());
    }

    /** A comma-separated list such as {@code image,text}; order kept, repeats dropped. */
    public static List<Condition> parseList(String text) {
        List<Condition> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                Condition c = parse(part);
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("choose at least one condition: " + ids());
        }
        return out;
    }

    public static String ids() {
        return Arrays.stream(values()).map(Condition::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
