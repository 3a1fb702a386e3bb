package org.puzzlelens.rewards.design;

import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.rewards.Evidence;

/**
 * P: the share of the puzzle's true facts that the {@code <image_description>} states correctly,
 * less a penalty per fact stated wrongly and per key the puzzle does not have (a hallucination),
 * clamped to [0, 1]. The description is read with {@code Facts.parse} ({@code key = value} lines).
 */
public record Perception(double wrongPenalty, double extraPenalty) implements Component {
    public Perception {
        if (!(wrongPenalty >= 0) || !(extraPenalty >= 0)) {
            throw new IllegalArgumentException(
                    "perception penalties must be >= 0, got " + wrongPenalty + " and " + extraPenalty);
        }
    }

    @Override
    public String name() {
        return "perception";
    }

    @Override
    public String meaning() {
        return "(correct - " + wrongPenalty + " x wrong - " + extraPenalty
                + " x extra) / true facts, of the description's key = value facts, clamped to [0, 1]";
    }

    @Override
    public double score(Evidence e) {
        FactScore s = e.perception();
        if (s.total() == 0) {
            return 0;
        }
        double raw = (s.correct() - wrongPenalty * s.wrong() - extraPenalty * s.extra()) / s.total();
        return Math.max(0, Math.min(1, raw));
    }
}
