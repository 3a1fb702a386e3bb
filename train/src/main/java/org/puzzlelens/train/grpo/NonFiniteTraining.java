package org.puzzlelens.train.grpo;

import java.util.Map;
import java.util.Optional;
import org.puzzlelens.train.model.Weights;

/**
 * A run whose loss, gradient norm or weights stopped being finite. Thrown before the step is logged
 * or checkpointed, so the last checkpoint on disk stays the last good model. An illegal state, not a
 * bug: the command line reports it as a plain error (exit 1) telling what to change, not as an
 * internal error to report.
 */
public final class NonFiniteTraining extends IllegalStateException {
    private NonFiniteTraining(String message) {
        super(message);
    }

    /**
     * Checks step {@code step} (1-based, as the metrics number it) after its update.
     *
     * @param nonFiniteGradient the first parameter whose gradient was not finite, if any
     * @param kept where the last good state is, for the message
     */
    static void check(
            long step, Map<String, Double> row, Weights weights, Optional<String> nonFiniteGradient, String kept) {
        Optional<String> what = Optional.empty();
        for (String metric : new String[] {"loss", "grad_norm"}) {
            Double v = row.get(metric);
            if (what.isEmpty() && v != null && !Double.isFinite(v)) {
                what = Optional.of("the " + metric + " is " + v
                        + nonFiniteGradient
                                .map(name -> " (first in the gradient of " + name + ")")
                                .orElse(""));
            }
        }
        if (what.isEmpty()) {
            what = weights.firstNonFinite().map(name -> "weight " + name + " holds NaN or infinite values");
        }
        what.ifPresent(reason -> {
            throw new NonFiniteTraining("training diverged at step " + step + ": " + reason + "; nothing of this step "
                    + "was saved, " + kept + ". Lower --lr or raise the gradient clipping, then --resume.");
        });
    }
}
