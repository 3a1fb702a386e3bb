package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import java.util.SplittableRandom;
import org.puzzlelens.train.model.LayerWeights.Block;
import org.puzzlelens.train.model.LayerWeights.Decoder;
import org.puzzlelens.train.model.LayerWeights.Vision;

/**
 * The built-in vision-language model: a ViT-style patch encoder over the image, a projector, and a
 * decoder-only transformer with Qwen2-family blocks (RMSNorm, rotary positions, SwiGLU,
 * grouped-query attention with biased q/k/v projections). Image patches enter the decoder as a
 * prefix of input positions, ahead of the text.
 *
 * <p>Reads top to bottom: the forward pass of a {@link TokenBatch} ({@link #completionScores},
 * {@link #hidden}), then the image encoder, the decoder, its blocks and attention. The named
 * {@link Weights} (Hugging Face names, so a checkpoint is just the weights) are resolved once, in
 * the constructor, into typed per-layer records ({@link LayerWeights}). Padding may sit anywhere:
 * each position carries its own rotary position and padded keys are masked out.
 */
public final class VisionLanguageModel implements AutoCloseable {
    private static final float MASKED = -1e9f; // finite, so a fully masked (padding) row gives no NaN

    private final ModelConfig config;
    private final Weights weights;
    private final Vision vision;
    private final Decoder decoder;

    /** Resolves the named weights once into per-layer records; a missing weight fails here, naming it. */
    public VisionLanguageModel(ModelConfig config, Weights weights) {
        this.config = config;
        this.weights = weights;
        this.vision = Vision.of(weights, config.vision());
        this.decoder = Decoder.of(weights, config);
    }

    /** A freshly initialised model: normal(0, 0.02) matrices, unit norms, zero biases. */
    public static VisionLanguageModel initialise(ModelConfig config, long seed, NDManager manager, DataType dtype) {
        SplittableRandom rng = new SplittableRandom(seed);
        Weights w = new Weights(manager);
        double std = 0.02;
        int d = config.hiddenSize();
        VisionConfig v = config.vision();
        int p = v.patchSize();
        w.normal("visual.patch_embed.proj.weight", new Shape(v.hiddenSize(), 3, p, p), std, rng, dtype);
        w.constant("visual.patch_embed.proj.bias", new Shape(v.hiddenSize()), 0, dtype);
        w.normal("visual.pos_embed", new Shape(v.patches(), v.hiddenSize()), std, rng, dtype);
        for (int i = 0; i < v.layers(); i++) {
            block(w, "visual.blocks." + i, v.hiddenSize(), v.heads(), v.heads(), v.intermediateSize(), rng, dtype);
        }
        w.constant("visual.norm.weight", new Shape(v.hiddenSize()), 1, dtype);
        w.normal("visual.merger.mlp.0.weight", new Shape(d, v.hiddenSize()), std, rng, dtype);
        w.constant("visual.merger.mlp.0.bias", new Shape(d), 0, dtype);
        w.normal("visual.merger.mlp.2.weight", new Shape(d, d), std, rng, dtype);
        w.constant("visual.merger.mlp.2.bias", new Shape(d), 0, dtype);
        w.normal("model.embed_tokens.weight", new Shape(config.vocabSize(), d), std, rng, dtype);
        for (int i = 0; i < config.layers(); i++) {
            block(w, "model.layers." + i, d, config.heads(), config.kvHeads(), config.intermediateSize(), rng, dtype);
        }
        w.constant("model.norm.weight", new Shape(d), 1, dtype);
        if (!config.tieWordEmbeddings()) {
            w.normal("lm_head.weight", new Shape(config.vocabSize(), d), std, rng, dtype);
        }
        return new VisionLanguageModel(config, w);
    }

    private static void block(
            Weights w, String prefix, int d, int heads, int kvHeads, int ff, SplittableRandom rng, DataType dtype) {
        int hd = d / heads;
        double std = 0.02;
        w.constant(prefix + ".input_layernorm.weight", new Shape(d), 1, dtype);
        w.normal(prefix + ".self_attn.q_proj.weight", new Shape(heads * hd, d), std, rng, dtype);
        w.constant(prefix + ".self_attn.q_proj.bias", new Shape(heads * hd), 0, dtype);
        w.normal(prefix + ".self_attn.k_proj.weight", new Shape(kvHeads * hd, d), std, rng, dtype);
        w.constant(prefix + ".self_attn.k_proj.bias", new Shape(kvHeads * hd), 0, dtype);
        w.normal(prefix + ".self_attn.v_proj.weight", new Shape(kvHeads * hd, d), std, rng, dtype);
        w.constant(prefix + ".self_attn.v_proj.bias", new Shape(kvHeads * hd), 0, dtype);
        w.normal(prefix + ".self_attn.o_proj.weight", new Shape(d, heads * hd), std, rng, dtype);
        w.constant(prefix + ".post_attention_layernorm.weight", new Shape(d), 1, dtype);
        w.normal(prefix + ".mlp.gate_proj.weight", new Shape(ff, d), std, rng, dtype);
        w.normal(prefix + ".mlp.up_proj.weight", new Shape(ff, d), std, rng, dtype);
        w.normal(prefix + ".mlp.down_proj.weight", new Shape(d, ff), std, rng, dtype);
    }

    public ModelConfig config() {
        return config;
    }

    public Weights weights() {
        return weights;
    }

    public DataType dtype() {
        return decoder.norm().getDataType();
    }

    /** Input positions the image takes ahead of the text: one per patch, or none without an image. */
    public int imagePrefix(boolean withImage) {
        return withImage ? config.vision().patches() : 0;
    }

    /**
     * What the model says about the completion part of {@code batch}, from one full forward pass.
     *
     * @param temperature the sampling temperature: scores are of the distribution that was sampled
     */
    public CompletionScores completionScores(NDManager m, TokenBatch batch, double temperature) {
        int prefix = imagePrefix(batch.pixels() != null);
        NDArray hidden = hidden(m, batch, null);
        int from = prefix + batch.promptLength() - 1;
        NDArray predicting = hidden.get(":, " + from + ":" + (from + batch.completionColumns()) + ", :");
        NDArray logits = logits(predicting);
        NDArray logProbs = logits.div(HostData.scalar(logits, temperature)).logSoftmax(-1);
        NDArray targets = batch.ids(m, batch.tokens(), batch.promptLength(), batch.columns());
        NDArray chosen = logProbs.gather(targets.expandDims(-1), -1).squeeze(-1);
        NDArray entropy = logProbs.exp().mul(logProbs).sum(new int[] {-1}).neg();
        return new CompletionScores(chosen, entropy, batch.completionMask(m, dtype()));
    }

    /**
     * Hidden states [rows, prefix + columns, hidden] of a whole batch: the image prefix (when the batch
     * has images), then the tokens. With a cache, the cache is filled.
     */
    public NDArray hidden(NDManager m, TokenBatch batch, KvCache cache) {
        int prefix = imagePrefix(batch.pixels() != null);
        NDArray inputs = embedTokens(batch.tokenArray(m));
        if (prefix > 0) {
            int size = config.vision().imageSize();
            float[] flat = new float[batch.rows() * 3 * size * size];
            for (int r = 0; r < batch.rows(); r++) {
                System.arraycopy(batch.pixels()[r], 0, flat, r * 3 * size * size, 3 * size * size);
            }
            inputs = encodeImages(HostData.owned(m.create(flat, new Shape(batch.rows(), 3, size, size))))
                    .concat(inputs, 1);
        }
        float[][] pv = batch.positionsAndValidity(prefix);
        Shape shape = new Shape(batch.rows(), prefix + batch.columns());
        return decode(inputs, HostData.owned(m.create(pv[0], shape)), HostData.owned(m.create(pv[1], shape)), cache);
    }

    /**
     * Image pixels [B, 3, S, S] in [0, 1] to decoder inputs [B, patches, hidden].
     *
     * <p>The encoder sees ink, {@code 1 - pixel}, so that the white page is zero. The two inputs span the
     * same functions (the patch convolution has a bias), but with white at 1 every patch carried a large
     * common component that the per-patch differences drowned in: the encoder alone, trained with a
     * classification head on the lab answers, stayed at chance on all three lab types, and with ink it
     * read the kiwi count within 200 steps (docs/RESULTS.md, "Why the image condition was at chance").
     */
    public NDArray encodeImages(NDArray pixels) {
        VisionConfig v = config.vision();
        NDArray ink = pixels.toType(dtype(), false).neg().add(1);
        NDArray x = Conv2d.conv2d(
                        ink, vision.patchWeight(), vision.patchBias(), new Shape(v.patchSize(), v.patchSize()))
                .singletonOrThrow();
        long b = x.getShape().get(0);
        x = x.reshape(b, v.hiddenSize(), v.patches()).transpose(0, 2, 1).add(vision.positions());
        for (Block block : vision.blocks()) {
            x = block(block, x, v.heads(), v.heads(), null, null, null, 0);
        }
        x = vision.mergerIn().apply(rmsNorm(x, vision.norm()));
        return vision.mergerOut().apply(Activation.gelu(x));
    }

    /** Token ids [B, T] (int64) to decoder inputs [B, T, hidden]. */
    public NDArray embedTokens(NDArray tokens) {
        return Embedding.embedding(tokens, decoder.embedding(), SparseFormat.DENSE)
                .singletonOrThrow();
    }

    /**
     * Runs the decoder over new input positions and returns the final-normed hidden states [B, T, hidden].
     *
     * @param inputs [B, T, hidden]
     * @param positions [B, T] rotary position of each input (padding may repeat a position; it is masked)
     * @param keyValid [B, cached + T], 1 where a key is a real token and 0 where it is padding
     * @param cache keys and values of earlier positions, extended in place; null to run without one
     */
    public NDArray decode(NDArray inputs, NDArray positions, NDArray keyValid, KvCache cache) {
        long queries = inputs.getShape().get(1);
        long past = cache == null ? 0 : cache.length();
        NDArray mask = causalMask(keyValid, past, queries, inputs.getManager());
        Rotary rotary = new Rotary(positions.toType(dtype(), false), config.headDim(), config.ropeTheta());
        NDArray x = inputs;
        for (int i = 0; i < decoder.layers().size(); i++) {
            x = block(decoder.layers().get(i), x, config.heads(), config.kvHeads(), rotary, mask, cache, i);
        }
        return rmsNorm(x, decoder.norm());
    }

    /** Next-token logits [.., vocab] from hidden states. */
    public NDArray logits(NDArray hidden) {
        return Linear.linear(hidden, decoder.head()).singletonOrThrow();
    }

    /** Additive mask [B, 1, T, cached + T]: 0 where query t may see key k (k not after t, k real), else -1e9. */
    private NDArray causalMask(NDArray keyValid, long past, long queries, NDManager m) {
        long keys = past + queries;
        NDArray keyColumn = m.arange(0f, keys, 1f, dtype()).reshape(1, 1, 1, keys);
        NDArray queryColumn = m.arange((float) past, keys, 1f, dtype()).reshape(1, 1, queries, 1);
        NDArray allowed = keyColumn
                .lte(queryColumn)
                .toType(dtype(), false)
                .mul(keyValid.reshape(keyValid.getShape().get(0), 1, 1, keys)); // promotes to dtype
        return allowed.sub(1).mul(-MASKED);
    }

    /**
     * One transformer block. Its intermediate arrays live in a manager of their own that closes with the block:
     * DJL would otherwise keep every one of them, of every block, until the whole pass's manager closes, while
     * autograd holds its own references to the few the backward pass needs. Only the output moves to the
     * caller's manager; the numbers do not change.
     */
    private NDArray block(
            Block w, NDArray x, int heads, int kvHeads, Rotary rotary, NDArray mask, KvCache cache, int layer) {
        NDManager home = x.getManager();
        try (NDManager own = home.newSubManager()) {
            x.tempAttach(own); // results land with their first operand, so the block's land in its own manager
            NDArray h = x.add(attention(w, rmsNorm(x, w.inputNorm()), heads, kvHeads, rotary, mask, cache, layer));
            NDArray n = rmsNorm(h, w.postAttentionNorm());
            NDArray gate = linear(n, w.gate());
            NDArray up = linear(n, w.up());
            NDArray out = h.add(linear(gate.mul(Activation.sigmoid(gate)).mul(up), w.down()));
            out.attach(home);
            return out;
        }
    }

    private NDArray attention(
            Block w, NDArray x, int heads, int kvHeads, Rotary rotary, NDArray mask, KvCache cache, int layer) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        int hd = (int) (x.getShape().get(2) / heads);
        NDArray q = w.query().apply(x).reshape(b, t, heads, hd).transpose(0, 2, 1, 3);
        NDArray k = w.key().apply(x).reshape(b, t, kvHeads, hd).transpose(0, 2, 1, 3);
        NDArray v = w.value().apply(x).reshape(b, t, kvHeads, hd).transpose(0, 2, 1, 3);
        if (rotary != null) {
            q = rotary.apply(q);
            k = rotary.apply(k);
        }
        if (cache != null) {
            NDArray[] kv = cache.append(layer, k, v);
            k = kv[0];
            v = kv[1];
        }
        long keys = k.getShape().get(2);
        if (heads != kvHeads) { // grouped-query attention: each key/value head serves heads/kvHeads query heads
            int group = heads / kvHeads;
            k = k.expandDims(2).repeat(2, group).reshape(b, heads, keys, hd);
            v = v.expandDims(2).repeat(2, group).reshape(b, heads, keys, hd);
        }
        // The [B, heads, T, keys] arrays are the largest of a pass. Each is freed once the next is made: DJL
        // would keep every one until the pass's manager closes, while autograd holds its own reference to the
        // one it needs for the backward pass (softmax's output); the numbers do not change.
        NDArray products = q.matMul(k.transpose(0, 1, 3, 2));
        NDArray scores = products.div(HostData.scalar(products, Math.sqrt(hd)));
        products.close();
        if (mask != null) {
            scores = replace(scores, scores.add(mask));
        }
        NDArray weights = replace(scores, scores.softmax(-1));
        NDArray out = replace(weights, weights.matMul(v)).transpose(0, 2, 1, 3).reshape(b, t, (long) heads * hd);
        return linear(out, w.output());
    }

    /** {@code next}, made from {@code used}, which is freed. */
    private static NDArray replace(NDArray used, NDArray next) {
        used.close();
        return next;
    }

    private static NDArray linear(NDArray x, NDArray weight) {
        return Linear.linear(x, weight).singletonOrThrow();
    }

    private NDArray rmsNorm(NDArray x, NDArray weight) {
        NDArray rms =
                x.square().mean(new int[] {-1}, true).add(config.rmsNormEps()).sqrt();
        return x.div(rms).mul(weight);
    }

    /** Frees the weights, and the native heap's free memory: a model closes at the end of a phase of a job. */
    @Override
    public void close() {
        weights.close();
        NativeHeap.release();
    }
}
