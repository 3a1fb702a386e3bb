package org.puzzlelens.train.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shape of the built-in vision-language model: a Qwen2-family decoder (field names follow Hugging
 * Face's Qwen2 config, so a real checkpoint's config maps onto it) and a ViT-style image encoder.
 *
 * @param vocabSize tokens, including the special ones
 * @param hiddenSize decoder width
 * @param layers decoder blocks
 * @param heads query heads
 * @param kvHeads key/value heads (grouped-query attention: {@code heads} must be a multiple)
 * @param intermediateSize SwiGLU hidden width
 * @param maxPositions longest sequence (image tokens plus text)
 * @param ropeTheta rotary base
 * @param rmsNormEps RMSNorm epsilon
 * @param tieWordEmbeddings whether the output head reuses the token embedding
 * @param vision the image encoder
 */
public record ModelConfig(
        int vocabSize,
        int hiddenSize,
        int layers,
        int heads,
        int kvHeads,
        int intermediateSize,
        int maxPositions,
        double ropeTheta,
        double rmsNormEps,
        boolean tieWordEmbeddings,
        VisionConfig vision) {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public ModelConfig {
        positive("vocabSize", vocabSize);
        positive("hiddenSize", hiddenSize);
        positive("layers", layers);
        positive("heads", heads);
        positive("kvHeads", kvHeads);
        positive("intermediateSize", intermediateSize);
        positive("maxPositions", maxPositions);
        if (hiddenSize % heads != 0 || (hiddenSize / heads) % 2 != 0) {
            throw new IllegalArgumentException("hiddenSize " + hiddenSize + " must split into " + heads
                    + " heads of even width (rotary positions rotate pairs)");
        }
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException("heads " + heads + " must be a multiple of kvHeads " + kvHeads);
        }
    }

    /** The defaults: about 2.6M parameters, trains on a 2-core CPU in minutes. */
    public static ModelConfig small(int vocabSize) {
        return new ModelConfig(vocabSize, 128, 4, 4, 2, 352, 1024, 10000, 1e-6, true, VisionConfig.small());
    }

    /** Between the two: what the study trains by default, so that a study fits 30 minutes of a 2-core CPU. */
    public static ModelConfig mini(int vocabSize) {
        return new ModelConfig(
                vocabSize, 64, 2, 4, 2, 176, 1024, 10000, 1e-6, true, new VisionConfig(64, 16, 32, 1, 2, 64));
    }

    /**
     * The study's laboratory model: wide enough to read a 96 px puzzle image in 12 px patches (64
     * image positions) and short enough that a warm start and GRPO fit a 2-core CPU in minutes.
     */
    public static ModelConfig lab(int vocabSize) {
        return new ModelConfig(
                vocabSize, 96, 3, 4, 2, 256, 512, 10000, 1e-6, true, new VisionConfig(96, 12, 64, 2, 4, 128));
    }

    /** A model small enough for float64 gradient checks and quick tests. */
    public static ModelConfig tiny(int vocabSize) {
        return new ModelConfig(
                vocabSize, 16, 2, 4, 2, 24, 1024, 10000, 1e-6, true, new VisionConfig(64, 16, 8, 1, 2, 16));
    }

    public int headDim() {
        return hiddenSize / heads;
    }

    static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(this));
    }

    public static ModelConfig read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ModelConfig.class);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
