package org.puzzlelens.train.model;

/**
 * The ViT-style image encoder: the puzzle image, padded to a square of {@code imageSize} pixels, is
 * cut into {@code patchSize} patches by a strided convolution; bidirectional transformer blocks
 * follow, and a two-layer projector maps each patch to one decoder input position.
 */
public record VisionConfig(int imageSize, int patchSize, int hiddenSize, int layers, int heads, int intermediateSize) {
    public VisionConfig {
        ModelConfig.positive("imageSize", imageSize);
        ModelConfig.positive("patchSize", patchSize);
        ModelConfig.positive("vision hiddenSize", hiddenSize);
        ModelConfig.positive("vision heads", heads);
        ModelConfig.positive("vision intermediateSize", intermediateSize);
        if (imageSize % patchSize != 0) {
            throw new IllegalArgumentException(
                    "imageSize " + imageSize + " is not a multiple of patchSize " + patchSize);
        }
        if (hiddenSize % heads != 0) {
            throw new IllegalArgumentException(
                    "vision hiddenSize " + hiddenSize + " does not split into " + heads + " heads");
        }
    }

    /** 96 px images in 12 px patches: 64 image tokens. */
    public static VisionConfig small() {
        return new VisionConfig(96, 12, 96, 2, 4, 256);
    }

    /** Image positions the decoder sees per image. */
    public int patches() {
        int side = imageSize / patchSize;
        return side * side;
    }
}
