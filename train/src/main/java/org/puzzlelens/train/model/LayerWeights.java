package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.core.Linear;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The model's weights resolved once, when the model is built, from their Hugging Face names into
 * typed records per layer: names live only here and in {@link Weights} (the checkpoint boundary),
 * and which projections carry a bias is fixed by the record types, not looked up per call.
 */
final class LayerWeights {
    private LayerWeights() {}

    /** A linear map with a bias: the q/k/v projections, the patch merger. */
    record Biased(NDArray weight, NDArray bias) {
        static Biased of(Weights w, String prefix) {
            return new Biased(w.get(prefix + ".weight"), w.get(prefix + ".bias"));
        }

        NDArray apply(NDArray x) {
            return Linear.linear(x, weight, bias).singletonOrThrow();
        }
    }

    /** One Qwen2-style transformer block: attention with biased q/k/v and an unbiased output, then SwiGLU. */
    record Block(
            NDArray inputNorm,
            Biased query,
            Biased key,
            Biased value,
            NDArray output,
            NDArray postAttentionNorm,
            NDArray gate,
            NDArray up,
            NDArray down) {
        static Block of(Weights w, String prefix) {
            String attention = prefix + ".self_attn";
            return new Block(
                    w.get(prefix + ".input_layernorm.weight"),
                    Biased.of(w, attention + ".q_proj"),
                    Biased.of(w, attention + ".k_proj"),
                    Biased.of(w, attention + ".v_proj"),
                    w.get(attention + ".o_proj.weight"),
                    w.get(prefix + ".post_attention_layernorm.weight"),
                    w.get(prefix + ".mlp.gate_proj.weight"),
                    w.get(prefix + ".mlp.up_proj.weight"),
                    w.get(prefix + ".mlp.down_proj.weight"));
        }

        static List<Block> all(Weights w, String prefix, int count) {
            return IntStream.range(0, count)
                    .mapToObj(i -> of(w, prefix + "." + i))
                    .toList();
        }
    }

    /** The patch encoder: convolution to patches, learned positions, blocks, norm, two-layer merger. */
    record Vision(
            NDArray patchWeight,
            NDArray patchBias,
            NDArray positions,
            List<Block> blocks,
            NDArray norm,
            Biased mergerIn,
            Biased mergerOut) {
        static Vision of(Weights w, VisionConfig config) {
            return new Vision(
                    w.get("visual.patch_embed.proj.weight"),
                    w.get("visual.patch_embed.proj.bias"),
                    w.get("visual.pos_embed"),
                    Block.all(w, "visual.blocks", config.layers()),
                    w.get("visual.norm.weight"),
                    Biased.of(w, "visual.merger.mlp.0"),
                    Biased.of(w, "visual.merger.mlp.2"));
        }
    }

    /** The text decoder: token embedding, blocks, final norm, and the output head (the embedding when tied). */
    record Decoder(NDArray embedding, List<Block> layers, NDArray norm, NDArray head) {
        static Decoder of(Weights w, ModelConfig config) {
            NDArray embedding = w.get("model.embed_tokens.weight");
            return new Decoder(
                    embedding,
                    Block.all(w, "model.layers", config.layers()),
                    w.get("model.norm.weight"),
                    config.tieWordEmbeddings() ? embedding : w.get("lm_head.weight"));
        }
    }
}
