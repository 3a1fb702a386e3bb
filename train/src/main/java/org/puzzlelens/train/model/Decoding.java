package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** Runs the model over a {@link TokenBatch}: image prefix (when there are images), then the tokens. */
public final class Decoding {
    private Decoding() {
    }

    /** Hidden states [rows, prefix + columns, hidden] of the whole batch; with a cache, it is filled. */
    public static NDArray hidden(VisionLanguageModel model, NDManager m, TokenBatch batch, int prefix, KvCache cache) {
        NDArray inputs = model.embedTokens(batch.tokenArray(m));
        if (prefix > 0) {
            int size = model.config().vision().imageSize();
            float[] flat = new float[batch.rows() * 3 * size * size];
            for (int r = 0; r < batch.rows(); r++) {
                System.arraycopy(batch.pixels()[r], 0, flat, r * 3 * size * size, 3 * size * size);
            }
            NDArray images = model.encodeImages(m.create(flat, new Shape(batch.rows(), 3, size, size)));
            inputs = images.concat(inputs, 1);
        }
        float[][] pv = batch.positionsAndValidity(prefix);
        Shape shape = new Shape(batch.rows(), prefix + batch.columns());
        return model.decode(inputs, m.create(pv[0], shape), m.create(pv[1], shape), cache);
    }
}
