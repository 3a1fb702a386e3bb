package org.puzzlelens.train.bench;

import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionConfig;

/**
 * Floating-point operations of the built-in model, counted from its shape: two per multiply-add of
 * every matrix product the forward pass computes, and a backward pass of twice the forward's, as
 * MFU is usually reckoned (PaLM, appendix B). Attention is counted over every key the implementation
 * scores, masked or not, since it computes the whole square; element-wise work (norms, softmax,
 * rotary, the optimiser) is left out, so the figure is a slight undercount of the work done.
 */
public record ModelFlops(ModelConfig config) {

    /** One training step's forward and backward over {@code rows} sequences of {@code textPositions} tokens. */
    public double trainingStep(int rows, int textPositions, int predictedPositions, boolean image) {
        return 3 * forward(rows, textPositions, predictedPositions, image);
    }

    /**
     * @param textPositions token positions per row (prompt and completion, padding included)
     * @param predictedPositions positions whose next-token logits are computed (the completion)
     */
    public double forward(int rows, int textPositions, int predictedPositions, boolean image) {
        VisionConfig v = config.vision();
        int prefix = image ? v.patches() : 0;
        int positions = prefix + textPositions;
        double perRow = decoderLayer(positions) * config.layers() * positions
                + 2.0 * config.hiddenSize() * config.vocabSize() * predictedPositions;
        if (image) {
            int p = v.patchSize();
            double patchEmbed = 2.0 * 3 * p * p * v.hiddenSize();
            double merger =
                    2.0 * (v.hiddenSize() * config.hiddenSize() + (double) config.hiddenSize() * config.hiddenSize());
            double visionLayer = block(v.hiddenSize(), v.hiddenSize(), v.intermediateSize(), v.patches());
            perRow += v.patches() * (patchEmbed + merger + visionLayer * v.layers());
        }
        return rows * perRow;
    }

    private double decoderLayer(int keys) {
        return block(config.hiddenSize(), config.kvHeads() * config.headDim(), config.intermediateSize(), keys);
    }

    /** Per position: q and o projections, k and v projections, a gated MLP, scores and weighted values over {@code keys}. */
    private static double block(int hidden, int kvWidth, int intermediate, int keys) {
        double projections = 2.0 * hidden * hidden + 2.0 * hidden * kvWidth;
        double mlp = 3.0 * hidden * intermediate;
        double attention = 2.0 * keys * hidden;
        return 2 * (projections + mlp + attention);
    }
}
