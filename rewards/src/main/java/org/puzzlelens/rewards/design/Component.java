package org.puzzlelens.rewards.design;

import org.puzzlelens.rewards.Evidence;

/**
 * One reward signal in [0, 1]. Designs are weighted sums of components; users compose their own in
 * the config file by naming components (see {@link Components}).
 */
public sealed interface Component
        permits Accuracy, GradedAccuracy, FormatMatch, VisualGrounding, ReasoningLength, Perception, Sufficiency {
    /** The name used in config files, logs and results. */
    String name();

    /** What the component measures, one line. */
    String meaning();

    double score(Evidence evidence);
}
