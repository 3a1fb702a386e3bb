package org.puzzlelens.puzzles.chat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a completion into {@code <image_description>}, {@code <think>} and {@code <answer>} blocks
 * (tag names in any case; {@code image description} with a space too). A block is an opening tag
 * and the next closing tag of its kind; when a block repeats, the last complete one counts, as
 * {@link AnswerReader} reads the last answer block (a self-correction is the final word).
 */
public final class CompletionParser {
    private static final Pattern TAG =
            Pattern.compile("<(/?)(image[_ ]description|think|answer)>", Pattern.CASE_INSENSITIVE);

    private CompletionParser() {}

    /** One opening or closing tag as it stands in the text. */
    private record Tag(Block block, boolean closing, int start, int end) {}

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
                    blocks.put(
                            open.block(),
                            text.substring(open.end(), close.start()).strip());
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

    private static List<Tag> tags(String text) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            tags.add(new Tag(Block.ofTag(m.group(2)), !m.group(1).isEmpty(), m.start(), m.end()));
        }
        return tags;
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
            if (!closing && !text.substring(previousEnd, t.start()).isBlank()) {
                return false;
            }
            previousEnd = t.end();
        }
        return text.substring(previousEnd).isBlank();
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
