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

    /**
     * The end of this block's tag name written at {@code at} of the text, or -1: ASCII letters in any
     * case, and {@code image description} with a space too (models write it so).
     */
    int nameEnd(String text, int at) {
        if (at + tag.length() > text.length()) {
            return -1;
        }
        for (int k = 0; k < tag.length(); k++) {
            char written = text.charAt(at + k);
            boolean same =
                    tag.charAt(k) == '_' ? written == '_' || written == ' ' : AsciiCase.matches(written, tag.charAt(k));
            if (!same) {
                return -1;
            }
        }
        return at + tag.length();
    }
}
