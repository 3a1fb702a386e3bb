package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;

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

    /**
     * {@code value} as a 0-dimensional tensor of {@code like}'s type, owned by PyTorch, in {@code like}'s
     * manager: made as DJL's {@code div(Number)} makes it (a double, then the operand's type), so a
     * float64 model keeps the double and a float32 one rounds it as PyTorch did.
     */
    public static NDArray scalar(NDArray like, double value) {
        return owned(like.getManager().create(value)).toType(like.getDataType(), false);
    }
}
