package org.puzzlelens.train.data;

/** How the puzzle reaches the model: as the image, or as our textual description instead. */
public enum Condition {
    IMAGE, TEXT;

    public static Condition parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "image" -> IMAGE;
            case "text" -> TEXT;
            default -> throw new IllegalArgumentException("unknown condition '" + text + "'; use image or text");
        };
    }
}
