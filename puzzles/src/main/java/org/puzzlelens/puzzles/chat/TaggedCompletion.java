package org.puzzlelens.puzzles.chat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A completion split into its tagged blocks, with the format checks already made.
 *
 * @param text the completion as generated
 * @param blocks the content of each block found (the last complete one when a tag repeats)
 * @param strict the layouts the completion follows exactly: each block once, in order, nothing but
 *     whitespace outside them
 * @param lenient the layouts whose blocks are all present, each opened in order, text outside allowed
 */
public record TaggedCompletion(String text, Map<Block, String> blocks, Set<Layout> strict, Set<Layout> lenient) {
    public TaggedCompletion {
        blocks = blocks.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(blocks));
        strict = strict.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(strict));
        lenient = lenient.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lenient));
    }

    public Optional<String> block(Block b) {
        return Optional.ofNullable(blocks.get(b));
    }

    public boolean follows(Layout layout, boolean strictly) {
        return (strictly ? strict : lenient).contains(layout);
    }

    /** The description block, when present and not blank. */
    public Optional<String> description() {
        return block(Block.DESCRIPTION).filter(s -> !s.isBlank());
    }

    /**
     * The reasoning: the {@code <think>} block when present, otherwise everything outside the
     * description and answer blocks (untagged completions, e.g. from an evaluation run).
     */
    public String reasoning() {
        return block(Block.THINK).orElseGet(() -> CompletionParser.outside(text, Block.DESCRIPTION, Block.ANSWER));
    }
}
