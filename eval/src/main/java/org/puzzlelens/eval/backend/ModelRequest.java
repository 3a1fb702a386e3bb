package org.puzzlelens.eval.backend;

import java.util.List;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * One prompt for a model. HTTP backends send only {@code messages}; simulated backends read the
 * item (its true state), which is how they act out perception and reasoning errors.
 *
 * @param samples the sample numbers wanted; one completion each
 */
public record ModelRequest(
        EvalItem item, Condition condition, List<Message> messages, List<Integer> samples, Sampling sampling) {
    public ModelRequest {
        messages = List.copyOf(messages);
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one sample");
        }
    }

    /** The same prompt for other samples. */
    public ModelRequest withSamples(List<Integer> other) {
        return new ModelRequest(item, condition, messages, other, sampling);
    }
}
