package org.puzzlelens.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.model.Weights;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.TokenizerJson;

/**
 * A model folder as Hugging Face lays one out: {@code config.json}, {@code model.safetensors},
 * {@code tokenizer.json}. Written into a temporary sibling and renamed, so a kill never leaves a
 * half-written model under the final name.
 */
public final class Checkpoint {
    public static final String CONFIG = "config.json";
    public static final String WEIGHTS = "model.safetensors";

    private Checkpoint() {}

    /** What else goes into a checkpoint folder besides the model (the trainer adds its state). */
    public interface Extra {
        void writeInto(Path dir) throws IOException;
    }

    public static void save(Path dir, VisionLanguageModel model, BpeTokenizer tokenizer) throws IOException {
        save(dir, model, tokenizer, d -> {});
    }

    public static void save(Path dir, VisionLanguageModel model, BpeTokenizer tokenizer, Extra extra)
            throws IOException {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp");
        deleteRecursively(tmp);
        Files.createDirectories(tmp);
        model.config().write(tmp.resolve(CONFIG));
        TokenizerJson.write(tokenizer, tmp.resolve(TokenizerJson.FILE));
        model.weights().save(tmp.resolve(WEIGHTS));
        extra.writeInto(tmp);
        deleteRecursively(dir);
        Files.move(tmp, dir);
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(CONFIG))
                && Files.isRegularFile(dir.resolve(WEIGHTS))
                && Files.isRegularFile(dir.resolve(TokenizerJson.FILE));
    }

    /** Loads a model folder; its weights are float32 and track gradients when {@code trainable}. */
    public static LoadedModel load(Path dir, boolean trainable) throws IOException {
        if (!exists(dir)) {
            throw new IllegalArgumentException(
                    dir + " is not a model folder (needs " + CONFIG + ", " + WEIGHTS + ", " + TokenizerJson.FILE + ")");
        }
        ModelConfig config = ModelConfig.read(dir.resolve(CONFIG));
        Weights weights = Weights.load(dir.resolve(WEIGHTS), NDManager.newBaseManager());
        for (Map.Entry<String, NDArray> e : weights.all().entrySet()) {
            if (e.getValue().getDataType() != DataType.FLOAT32) {
                throw new IOException(
                        dir + ": " + e.getKey() + " is " + e.getValue().getDataType() + ", expected float32");
            }
        }
        weights.requireGradients(trainable);
        return new LoadedModel(
                new VisionLanguageModel(config, weights), TokenizerJson.read(dir.resolve(TokenizerJson.FILE)));
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
