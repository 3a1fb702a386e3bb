package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Named tensors, in Hugging Face naming ({@code model.layers.0.self_attn.q_proj.weight}), owned by
 * one {@link NDManager}. Saved and loaded as safetensors.
 */
public final class Weights implements AutoCloseable {
    private final NDManager manager;
    private final Map<String, NDArray> arrays = new LinkedHashMap<>();

    public Weights(NDManager manager) {
        this.manager = manager;
    }

    public NDManager manager() {
        return manager;
    }

    public NDArray get(String name) {
        NDArray a = arrays.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no weight named " + name);
        }
        return a;
    }

    public Map<String, NDArray> all() {
        return Collections.unmodifiableMap(arrays);
    }

    public Collection<NDArray> arrays() {
        return arrays.values();
    }

    public void put(String name, NDArray array) {
        array.setName(name);
        arrays.put(name, array);
    }

    /** Normal(0, std) values drawn in Java from {@code rng}, so a seed gives the same model on every machine. */
    public void normal(String name, Shape shape, double std, SplittableRandom rng, DataType dtype) {
        double[] v = new double[Math.toIntExact(shape.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian() * std;
        }
        put(name, HostData.owned(manager.create(v, shape)).toType(dtype, false));
    }

    public void constant(String name, Shape shape, double value, DataType dtype) {
        put(name, manager.full(shape, (float) value, DataType.FLOAT32).toType(dtype, false));
    }

    public long parameterCount() {
        return arrays.values().stream().mapToLong(a -> a.getShape().size()).sum();
    }

    /** The first weight holding a NaN or an infinity: their float64 sum (which cannot overflow) is then not finite. */
    public Optional<String> firstNonFinite() {
        for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
            try (NDArray wide = e.getValue().toType(DataType.FLOAT64, true);
                    NDArray sum = wide.sum()) {
                if (!Double.isFinite(sum.getDouble())) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    public void requireGradients(boolean on) {
        arrays.values().forEach(a -> a.setRequiresGradient(on));
    }

    public void save(Path file) throws IOException {
        NDList list = new NDList(arrays.values());
        try (OutputStream out = Files.newOutputStream(file)) {
            list.encode(out, NDList.Encoding.SAFETENSORS);
        }
    }

    /** Loads every tensor of a safetensors file into a fresh set owned by {@code manager}. */
    public static Weights load(Path file, NDManager manager) throws IOException {
        Weights w = new Weights(manager);
        try (InputStream in = Files.newInputStream(file)) {
            for (NDArray a : NDList.decode(manager, in)) {
                w.put(a.getName(), a);
            }
        }
        return w;
    }

    @Override
    public void close() {
        manager.close();
    }
}
