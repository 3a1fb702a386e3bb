package org.puzzlelens.puzzles.pattern.sizecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/** Every arm grows small, medium, large from the centre outward, as released; one circle is hidden. */
final class SizeCycleGenerator {
    static final Param.Int ARMS = new Param.Int(
            "arms",
            "arms of the spiral, each small-medium-large from the centre",
            IntRange.of(2, 3),
            IntRange.exactly(3),
            IntRange.of(4, SizeCycleRenderer.MAX_ARMS));
    static final List<Param> PARAMS = List.of(ARMS);

    private SizeCycleGenerator() {}

    static SizeCycleState generate(Parameters p, RandomGenerator rng) {
        int armCount = p.get(ARMS);
        int hiddenArm = rng.nextInt(armCount);
        int hiddenPosition = rng.nextInt(SizeCycleState.PER_ARM);
        List<List<String>> arms = new ArrayList<>();
        for (int a = 0; a < armCount; a++) {
            List<String> arm = new ArrayList<>(Size.WORDS);
            if (a == hiddenArm) {
                arm.set(hiddenPosition, PyList.MISSING);
            }
            arms.add(arm);
        }
        return new SizeCycleState(arms, rng.nextInt(360 / armCount));
    }
}
