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

/**
 * The built-in vision-language model: a ViT-style patch encoder over the image, a projector, and a
 * decoder-only transformer with Qwen2-family blocks (RMSNorm, rotary positions, SwiGLU,
 * grouped-query attention with biased q/k/v projections). Image patches enter the decoder as a
 * prefix of input positions, ahead of the text.
 *
 * <p>Written as plain functions over named {@link Weights}, so a checkpoint is just the weights,
 * and padding may sit anywhere: each position carries its own rotary position and padded keys are
 * masked out.
 */
public final class VisionLanguageModel implements AutoCloseable {
    private static final float MASKED = -1e9f; // finite, so a fully masked (padding) row gives no NaN

    private final ModelConfig config;
    private final Weights weights;

    public VisionLanguageModel(ModelConfig config, Weights weights) {
        this.config = config;
        this.weights = weights;
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

    private static void block(Weights w, String prefix, int d, int heads, int kvHeads, int ff, SplittableRandom rng,
            DataType dtype) {
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
        return weights.get("model.norm.weight").getDataType();
    }

    /** Image pixels [B, 3, S, S] in [0, 1] to decoder inputs [B, patches, hidden]. */
    public NDArray encodeImages(NDArray pixels) {
        VisionConfig v = config.vision();
        NDArray x = Conv2d.conv2d(pixels.toType(dtype(), false), weights.get("visual.patch_embed.proj.weight"),
                weights.get("visual.patch_embed.proj.bias"), new Shape(v.patchSize(), v.patchSize())).singletonOrThrow();
        long b = x.getShape().get(0);
        x = x.reshape(b, v.hiddenSize(), v.patches()).transpose(0, 2, 1).add(weights.get("visual.pos_embed"));
        for (int i = 0; i < v.layers(); i++) {
            x = block("visual.blocks." + i, x, v.heads(), v.heads(), null, null, null, 0);
        }
        x = rmsNorm(x, "visual.norm.weight");
        x = Linear.linear(x, weights.get("visual.merger.mlp.0.weight"), weights.get("visual.merger.mlp.0.bias"))
                .singletonOrThrow();
        return Linear.linear(Activation.gelu(x), weights.get("visual.merger.mlp.2.weight"),
                weights.get("visual.merger.mlp.2.bias")).singletonOrThrow();
    }

    /** Token ids [B, T] (int64) to decoder inputs [B, T, hidden]. */
    public NDArray embedTokens(NDArray tokens) {
        return Embedding.embedding(tokens, weights.get("model.embed_tokens.weight"), SparseFormat.DENSE)
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
        for (int i = 0; i < config.layers(); i++) {
            x = block("model.layers." + i, x, config.heads(), config.kvHeads(), rotary, mask, cache, i);
        }
        return rmsNorm(x, "model.norm.weight");
    }

    /** Next-token logits [.., vocab] from hidden states. */
    public NDArray logits(NDArray hidden) {
        String head = config.tieWordEmbeddings() ? "model.embed_tokens.weight" : "lm_head.weight";
        return Linear.linear(hidden, weights.get(head)).singletonOrThrow();
    }

    /** Additive mask [B, 1, T, cached + T]: 0 where query t may see key k (k not after t, k real), else -1e9. */
    private NDArray causalMask(NDArray keyValid, long past, long queries, NDManager m) {
        long keys = past + queries;
        NDArray keyColumn = m.arange(0f, keys, 1f, dtype()).reshape(1, 1, 1, keys);
        NDArray queryColumn = m.arange((float) past, keys, 1f, dtype()).reshape(1, 1, queries, 1);
        NDArray allowed = keyColumn.lte(queryColumn).toType(dtype(), false)
                .mul(keyValid.reshape(keyValid.getShape().get(0), 1, 1, keys)); // promotes to dtype
        return allowed.sub(1).mul(-MASKED);
    }

    private NDArray block(String prefix, NDArray x, int heads, int kvHeads, Rotary rotary, NDArray mask,
            KvCache cache, int layer) {
        NDArray h = x.add(attention(prefix + ".self_attn", rmsNorm(x, prefix + ".input_layernorm.weight"), heads,
                kvHeads, rotary, mask, cache, layer));
        NDArray n = rmsNorm(h, prefix + ".post_attention_layernorm.weight");
        NDArray gate = linear(n, prefix + ".mlp.gate_proj");
        NDArray up = linear(n, prefix + ".mlp.up_proj");
        return h.add(linear(gate.mul(Activation.sigmoid(gate)).mul(up), prefix + ".mlp.down_proj"));
    }

    private NDArray attention(String prefix, NDArray x, int heads, int kvHeads, Rotary rotary, NDArray mask,
            KvCache cache, int layer) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        int hd = (int) (x.getShape().get(2) / heads);
        NDArray q = linear(x, prefix + ".q_proj").reshape(b, t, heads, hd).transpose(0, 2, 1, 3);
        NDArray k = linear(x, prefix + ".k_proj").reshape(b, t, kvHeads, hd).transpose(0, 2, 1, 3);
        NDArray v = linear(x, prefix + ".v_proj").reshape(b, t, kvHeads, hd).transpose(0, 2, 1, 3);
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
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(Math.sqrt(hd));
        if (mask != null) {
            scores = scores.add(mask);
        }
        NDArray out = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, (long) heads * hd);
        return Linear.linear(out, weights.get(prefix + ".o_proj.weight")).singletonOrThrow();
    }

    private NDArray linear(NDArray x, String prefix) {
        String bias = prefix + ".bias";
        return weights.all().containsKey(bias)
                ? Linear.linear(x, weights.get(prefix + ".weight"), weights.get(bias)).singletonOrThrow()
                : Linear.linear(x, weights.get(prefix + ".weight")).singletonOrThrow();
    }

    private NDArray rmsNorm(NDArray x, String weight) {
        NDArray rms = x.square().mean(new int[] {-1}, true).add(config.rmsNormEps()).sqrt();
        return x.div(rms).mul(weights.get(weight));
    }

    @Override
    public void close() {
        weights.close();
    }
}
