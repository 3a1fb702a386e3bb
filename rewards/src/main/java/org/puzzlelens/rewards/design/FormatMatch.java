package org.puzzlelens.rewards.design;

import org.puzzlelens.puzzles.chat.Layout;
import org.puzzlelens.rewards.Evidence;

/**
 * F_ta / F_dta: 1 when the completion follows the layout. Strict: each block once, in order, only
 * whitespace outside. Lenient: all blocks present and opened in order, other text allowed.
 */
record FormatMatch(Layout layout, boolean strict) implements Component {
    @Override
    public String name() {
        String base = layout == Layout.THINK_ANSWER ? "format_ta" : "format_dta";
        return strict ? base : base + "_lenient";
    }

    @Override
    public String meaning() {
        String blocks = String.join(
                ", then ",
                layout.blocks().stream().map(b -> "<" + b.tag() + ">").toList());
        return (strict ? "1 if exactly " : "1 if it contains ")
                + blocks
                + (strict ? " (whitespace only outside)" : " (text outside allowed)");
    }

    @Override
    public double score(Evidence e) {
        return e.completion().follows(layout, strict) ? 1 : 0;
    }
}
