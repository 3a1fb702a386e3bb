package org.puzzlelens.train.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.train.model.Weights;

/**
 * AdamW with linear warm-up and global-norm gradient clipping, written out rather than taken from
 * DJL so that its state (both moments and the step count) is saved with a checkpoint and a resumed
 * run continues exactly. Matrices decay; norms, biases and position tables do not.
 */
public final class AdamW implements AutoCloseable {
    private final OptimizerSettings settings;
    private final Weights moments;
    private long step;
    private long skipped;
    private Optional<String> nonFiniteGradient = Optional.empty();

    public AdamW(OptimizerSettings settings, Weights parameters) {
        this.settings = settings;
        this.moments = new Weights(NDManager.newBaseManager());
        parameters.all().forEach((name, p) -> {
            moments.put("m." + name, moments.manager().zeros(p.getShape(), p.getDataType()));
            moments.put("v." + name, moments.manager().zeros(p.getShape(), p.getDataType()));
        });
    }

    public long steps() {
        return step;
    }

    /** The learning rate of the next update (see {@link OptimizerSettings#learningRate(long)}). */
    public double learningRate() {
        return settings.learningRate(step);
    }

    /**
     * Applies one update from the accumulated gradients, then zeroes them.
     *
     * @return the global gradient norm before clipping; when it is not finite the update is skipped
     *     (weights, moments and the update count unchanged) and counted in {@link #skipped()}
     */
    public double update(Weights parameters) {
        try (NDManager local = NDManager.newBaseManager()) {
            // the moments lend themselves to this update only; temporaries die with it
            moments.arrays().forEach(a -> a.tempAttach(local));
            return update(parameters, local);
        }
    }

    private double update(Weights parameters, NDManager local) {
        Map<String, NDArray> grads = new LinkedHashMap<>();
        double squares = 0;
        nonFiniteGradient = Optional.empty();
        for (Map.Entry<String, NDArray> e : parameters.all().entrySet()) {
            NDArray g = e.getValue().getGradient();
            g.attach(local);
            grads.put(e.getKey(), g);
            double square = g.square().sum().toType(DataType.FLOAT64, false).getDouble();
            if (!Double.isFinite(square) && nonFiniteGradient.isEmpty()) {
                nonFiniteGradient = Optional.of(e.getKey());
            }
            squares += square;
        }
        double norm = Math.sqrt(squares);
        if (!Double.isFinite(norm)) {
            // a non-finite gradient (seen sporadically in PyTorch's CPU backward) must not reach the weights
            // or the moments: skip this update, as mixed-precision training skips an overflowed step
            skipped++;
            grads.values().forEach(AdamW::zero);
            return norm;
        }
        double scale = settings.clipNorm() > 0 && norm > settings.clipNorm() ? settings.clipNorm() / norm : 1;
        double lr = learningRate();
        step++;
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double c1 = 1 - Math.pow(b1, step);
        double c2 = 1 - Math.pow(b2, step);
        for (Map.Entry<String, NDArray> e : parameters.all().entrySet()) {
            NDArray p = e.getValue();
            NDArray g = grads.get(e.getKey()).mul(scale);
            NDArray m = moments.get("m." + e.getKey()).muli(b1).addi(g.mul(1 - b1));
            NDArray v = moments.get("v." + e.getKey()).muli(b2).addi(g.square().mul(1 - b2));
            if (p.getShape().dimension() >= 2 && !e.getKey().endsWith("pos_embed")) {
                p.muli(1 - lr * settings.weightDecay());
            }
            p.subi(m.div(c1).div(v.div(c2).sqrt().add(settings.epsilon())).mul(lr));
            zero(grads.get(e.getKey()));
        }
        return norm;
    }

    /** Zeroes a gradient in place; unlike {@code g - g}, this also clears NaN and infinity. */
    private static void zero(NDArray gradient) {
        gradient.set(new NDIndex("..."), 0);
    }

    /**
     * The first parameter (in the model's order) whose gradient was not finite in the last update, to
     * tell where a sporadic non-finite gradient arises; empty when every gradient was finite.
     */
    public Optional<String> nonFiniteGradient() {
        return nonFiniteGradient;
    }

    /** Updates skipped because their gradient norm was not finite. */
    public long skipped() {
        return skipped;
    }

    public void save(Path file) throws IOException {
        moments.save(file);
    }

    /** Restores the moments saved by {@link #save} and the update count. */
    public void restore(Path file, long updates) throws IOException {
        try (Weights saved = Weights.load(file, NDManager.newBaseManager())) {
            for (Map.Entry<String, NDArray> e : moments.all().entrySet()) {
                e.getValue().set(saved.get(e.getKey()).toByteBuffer());
            }
        }
        step = updates;
    }

    @Override
    public void close() {
        moments.close();
    }
}
