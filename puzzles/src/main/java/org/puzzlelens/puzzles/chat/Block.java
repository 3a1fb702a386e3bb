package org.puzzlelens.puzzles.chat;

/** A tagged block of a completion. */
public enum Block {
    DESCRIPTION("image_description"),
    THINK("think"),
    ANSWER("answer");

    private final String tag;

    Block(String tag) {
        this.tag = tag;
    }

    /** The canonical tag name, as prompts write it. */
    public String tag() {
        return tag;
    }

    /** Reads a tag name as written in a completion; models also write {@code image description}. */
    static Block ofTag(String written) {
        String t = written.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        for (Block b : values()) {
            if (b.tag.equals(t)) {
                return b;
            }
        }
        throw new IllegalArgumentException("not a block tag: " + written);
    }
}
