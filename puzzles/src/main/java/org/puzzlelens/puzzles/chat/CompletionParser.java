package org.puzzlelens.puzzles.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a completion into {@code <image_description>}, {@code <think>} and {@code <answer>} blocks
 * (tag names in any case; {@code image description} with a space too). A block is an opening tag
 * and the next closing tag of its kind; when a block repeats, the last complete one counts, as
 * {@link AnswerReader} reads the last answer block (a self-correction is the final word).
 */
public final class CompletionParser {
    private static final Block[] BLOCKS = Block.values();

    private CompletionParser() {}

    /** One opening or closing tag as it stands in the text. */
    record Tag(Block block, boolean closing, int start, int end) {}

    public static TaggedCompletion parse(String text) {
        List<Tag> tags = tags(text);
        Map<Block, String> blocks = new EnumMap<>(Block.class);
        Map<Block, Integer> opened = new EnumMap<>(Block.class);
        for (int i = 0; i < tags.size(); i++) {
            Tag open = tags.get(i);
            if (open.closing()) {
                continue;
            }
            for (int j = i + 1; j < tags.size(); j++) {
                Tag close = tags.get(j);
                if (close.closing() && close.block() == open.block()) {
                    blocks.put(open.block(), stripped(text, open.end(), close.start()));
                    opened.put(open.block(), open.start());
                    break;
                }
            }
        }
        Set<Layout> strict = EnumSet.noneOf(Layout.class);
        Set<Layout> lenient = EnumSet.noneOf(Layout.class);
        for (Layout layout : Layout.values()) {
            if (isExactly(text, tags, layout)) {
                strict.add(layout);
            }
            if (inOrder(opened, layout)) {
                lenient.add(layout);
            }
        }
        return new TaggedCompletion(text, blocks, strict, lenient);
    }

    /**
     * The tags, {@code <(/?)(image[_ ]description|think|answer)>} with ASCII letters in any case. A
     * hand-written scan from each '<': the case-insensitive expression it replaces was 7% of the batch
     * endpoint's profile; CompletionParserTest holds the scan to it.
     */
    static List<Tag> tags(String text) {
        List<Tag> tags = new ArrayList<>();
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            boolean closing = i + 1 < text.length() && text.charAt(i + 1) == '/';
            int name = closing ? i + 2 : i + 1;
            for (Block b : BLOCKS) {
                int end = b.nameEnd(text, name);
                if (end >= 0 && end < text.length() && text.charAt(end) == '>') {
                    tags.add(new Tag(b, closing, i, end + 1));
                    break;
                }
            }
        }
        return tags;
    }

    /** {@code text[from, to)} without the whitespace around it, as {@link String#strip} leaves it. */
    private static String stripped(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Whether {@code text[from, to)} is empty or whitespace only, as {@link String#isBlank} tells. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Exactly open/close per block of the layout, in order, with only whitespace between and around. */
    private static boolean isExactly(String text, List<Tag> tags, Layout layout) {
        List<Block> want = layout.blocks();
        if (tags.size() != 2 * want.size()) {
            return false;
        }
        int previousEnd = 0;
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            boolean closing = i % 2 == 1;
            if (t.block() != want.get(i / 2) || t.closing() != closing) {
                return false;
            }
            // whitespace only before each opening tag; a block's own content may be anything
            if (!closing && !isBlank(text, previousEnd, t.start())) {
                return false;
            }
            previousEnd = t.end();
        }
        return isBlank(text, previousEnd, text.length());
    }

    private static boolean inOrder(Map<Block, Integer> opened, Layout layout) {
        int last = -1;
        for (Block b : layout.blocks()) {
            Integer at = opened.get(b);
            if (at == null || at < last) {
                return false;
            }
            last = at;
        }
        return true;
    }

    /** The text with the given blocks (tags and content) cut out. */
    static String outside(String text, Block... cut) {
        Set<Block> drop = EnumSet.of(cut[0], cut);
        StringBuilder out = new StringBuilder();
        int from = 0;
        Block inside = null;
        for (Tag t : tags(text)) {
            if (inside == null && !t.closing() && drop.contains(t.block())) {
                out.append(text, from, t.start());
                inside = t.block();
            } else if (inside != null && t.closing() && t.block() == inside) {
                from = t.end();
                inside = null;
            }
        }
        if (inside == null) {
            out.append(text.substring(from));
        }
        return out.toString().strip();
    }
}
