package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Rotary position embedding in the Hugging Face "rotate half" layout: the first and second halves of
 * each head are the two coordinates of the rotated pairs. Angles are computed from each input's own
 * position, so left padding and cached decoding see the same rotations.
 */
final class Rotary {
    private final NDArray cos;
    private final NDArray sin;
    private final long half;

    /** @param positions [B, T] in the model's dtype */
    Rotary(NDArray positions, int headDim, double theta) {
        NDManager m = positions.getManager();
        half = headDim / 2;
        double[] inverse = new double[(int) half];
        for (int j = 0; j < half; j++) {
            inverse[j] = Math.pow(theta, -2.0 * j / headDim);
        }
        NDArray frequencies = HostData.owned(m.create(inverse)).toType(positions.getDataType(), false);
        NDArray angles = positions.expandDims(-1).mul(frequencies); // [B, T, half]
        NDArray both = angles.concat(angles, -1).expandDims(1); // [B, 1, T, headDim]
        cos = both.cos();
        sin = both.sin();
    }

    /** Rotates [B, heads, T, headDim]. */
    NDArray apply(NDArray x) {
        NDArray first = x.get("..., :" + half);
        NDArray second = x.get("..., " + half + ":");
        NDArray rotated = second.neg().concat(first, -1);
        return x.mul(cos).add(rotated.mul(sin));
    }
}
