package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Data from Java handed to PyTorch. DJL's {@code create} and its {@code mul(Number)},
 * {@code div(Number)} wrap Java data in a tensor over a direct buffer that the JVM's garbage collector
 * frees once the wrapper is closed, while PyTorch may still hold the tensor (autograd keeps the
 * inputs of a product for the backward pass). Tensors made here live in PyTorch's own memory.
 */
public final class HostData {
    private HostData() {}

    /** A copy of {@code created} in memory PyTorch owns; {@code created} is closed. */
    public static NDArray owned(NDArray created) {
        NDArray copy = created.duplicate();
        created.close();
        return copy;
    }

    /** {@code value} as a 0-dimensional tensor of {@code like}'s type, owned by PyTorch, in {@code like}'s manager. */
    public static NDArray scalar(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }
}
