package org.puzzlelens.rewards.design;

import org.puzzlelens.rewards.Evidence;

/**
 * G: 1 when the completion has a description and its reasoning uses at least {@code minReferences}
 * distinct terms of the puzzle's own facts; 0.5 when only one of the two holds; 0 otherwise.
 */
record VisualGrounding(int minReferences) implements Component {
    public VisualGrounding {
        if (minReferences < 1) {
            throw new IllegalArgumentException("visual_min_references must be >= 1, got " + minReferences);
        }
    }

    @Override
    public String name() {
        return "visual_grounding";
    }

    @Override
    public String meaning() {
        return "1 if a description is present and the reasoning refers to >= " + minReferences
                + " distinct visual facts; 0.5 if one of the two; else 0";
    }

    @Override
    public double score(Evidence e) {
        int held = (e.completion().description().isPresent() ? 1 : 0)
                + (e.behaviour().visualReferences() >= minReferences ? 1 : 0);
        return held / 2.0;
    }
}
