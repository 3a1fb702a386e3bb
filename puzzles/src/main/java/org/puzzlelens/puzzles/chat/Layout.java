package org.puzzlelens.puzzles.chat;

import java.util.List;

/** The block orders a prompt can ask for. */
public enum Layout {
    /** {@code <think>} then {@code <answer>}: the vanilla format. */
    THINK_ANSWER(List.of(Block.THINK, Block.ANSWER)),
    /** {@code <image_description>}, then {@code <think>}, then {@code <answer>}: describe before reasoning. */
    DESCRIPTION_THINK_ANSWER(List.of(Block.DESCRIPTION, Block.THINK, Block.ANSWER));

    private final List<Block> blocks;

    Layout(List<Block> blocks) {
        this.blocks = blocks;
    }

    public List<Block> blocks() {
        return blocks;
    }
}
