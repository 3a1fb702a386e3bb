package org.puzzlelens.puzzles.pattern.sizecycle;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/**
 * Circles in a spiral of arms; each arm lists its circles' sizes from the centre outward, one of them
 * hidden behind a question mark ({@code "?"}).
 *
 * @param arms per arm, from the first arm clockwise, sizes {@code small|medium|large} or {@code ?}
 * @param turn where the first arm starts: screen degrees clockwise from 3 o'clock of its innermost circle,
 *     below the angle between two arms (a cosmetic rotation of the whole spiral)
 */
public record SizeCycleState(List<List<String>> arms, int turn) {
    public static final int PER_ARM = 3;

    public SizeCycleState {
        arms = arms.stream().map(List::copyOf).toList();
        if (arms.size() < 2 || arms.size() > SizeCycleRenderer.MAX_ARMS) {
            throw new IllegalArgumentException(
                    "a spiral has 2.." + SizeCycleRenderer.MAX_ARMS + " arms, not " + arms.size());
        }
        if (turn < 0 || turn >= 360 / arms.size()) {
            throw new IllegalArgumentException("turn must be within 0.." + (360 / arms.size() - 1) + ": " + turn);
        }
        long missing = 0;
        for (List<String> arm : arms) {
            if (arm.size() != PER_ARM) {
                throw new IllegalArgumentException("each arm has " + PER_ARM + " circles: " + arm);
            }
            for (String size : arm) {
                if (size.equals(PyList.MISSING)) {
                    missing++;
                } else if (!Size.isWord(size)) {
                    throw new IllegalArgumentException("not a size: " + size);
                }
            }
        }
        if (missing != 1) {
            throw new IllegalArgumentException("exactly one circle is hidden, not " + missing);
        }
    }

    public int missingArm() {
        for (int a = 0; a < arms.size(); a++) {
            if (arms.get(a).contains(PyList.MISSING)) {
                return a;
            }
        }
        throw new IllegalStateException("no hidden circle");
    }

    public int missingPosition() {
        return arms.get(missingArm()).indexOf(PyList.MISSING);
    }
}
