package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;

/**
 * Keys and values of every decoder layer for the positions decoded so far, so that each new token
 * attends to them instead of recomputing the whole prefix. Arrays belong to the caller's manager.
 */
public final class KvCache {
    private final NDArray[] keys;
    private final NDArray[] values;

    public KvCache(int layers) {
        keys = new NDArray[layers];
        values = new NDArray[layers];
    }

    /** Positions held (0 when empty). */
    public long length() {
        return keys[0] == null ? 0 : keys[0].getShape().get(2);
    }

    /** Appends this step's keys and values ([B, kvHeads, T, headDim]) and returns the whole history. */
    NDArray[] append(int layer, NDArray k, NDArray v) {
        keys[layer] = keys[layer] == null ? k : keys[layer].concat(k, 2);
        values[layer] = values[layer] == null ? v : values[layer].concat(v, 2);
        return new NDArray[] {keys[layer], values[layer]};
    }

}
