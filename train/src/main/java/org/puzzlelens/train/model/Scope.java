package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * The arrays of one unit of work (a forward pass, a training step). DJL puts the result of an
 * operation in the manager of its first operand, so the weights are attached here for the duration:
 * every intermediate lands in this scope and is freed when it closes, and the weights go back to
 * their owner.
 */
public final class Scope implements AutoCloseable {
    private final NDManager manager;

    private Scope(NDManager manager) {
        this.manager = manager;
    }

    public static Scope of(VisionLanguageModel... models) {
        Scope s = new Scope(models[0].weights().manager().newSubManager());
        for (VisionLanguageModel m : models) {
            s.borrow(m.weights().arrays());
        }
        return s;
    }

    public Scope borrow(Iterable<NDArray> arrays) {
        arrays.forEach(a -> a.tempAttach(manager));
        return this;
    }

    public NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
