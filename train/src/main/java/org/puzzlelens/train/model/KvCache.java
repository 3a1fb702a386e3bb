package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Keys and values of every decoder layer for the positions decoded so far, so that each new token
 * attends to them instead of recomputing the whole prefix. The cache keeps its arrays in its own
 * manager and frees each history as soon as a longer one replaces it, so a decoding step's other
 * arrays can be freed with the step.
 */
public final class KvCache {
    private final NDManager home;
    private final NDArray[] keys;
    private final NDArray[] values;

    public KvCache(int layers, NDManager home) {
        this.home = home;
        keys = new NDArray[layers];
        values = new NDArray[layers];
    }

    /** Positions held (0 when empty). */
    public long length() {
        return keys[0] == null ? 0 : keys[0].getShape().get(2);
    }

    /**
     * Appends this step's keys and values ([B, kvHeads, T, headDim]) and returns the whole history
     * as copies in the step's manager: DJL puts an operation's result with its first operand, so
     * the attention's arithmetic on them must not land in the cache's manager.
     */
    NDArray[] append(int layer, NDArray k, NDArray v) {
        keys[layer] = extend(keys[layer], k);
        values[layer] = extend(values[layer], v);
        return new NDArray[] {inStep(keys[layer], k), inStep(values[layer], v)};
    }

    private static NDArray inStep(NDArray history, NDArray added) {
        NDArray copy = history.duplicate();
        copy.attach(added.getManager());
        return copy;
    }

    private NDArray extend(NDArray history, NDArray added) {
        NDArray longer = history == null ? added : history.concat(added, 2);
        longer.attach(home);
        if (history != null) {
            history.close();
        }
        return longer;
    }
}
