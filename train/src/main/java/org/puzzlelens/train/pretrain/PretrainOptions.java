package org.puzzlelens.train.pretrain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.optim.OptimizerSettings;

/**
 * Everything the warm start depends on. Its hash names the cached base model, so a second study
 * with the same settings reuses the first one's base.
 *
 * @param size "small" (the default model), "mini" (the study's) or "tiny" (tests and smoke runs)
 * @param imageShare share of batches in the image condition (the rest read the description)
 * @param maxSequence longest prompt plus target in tokens; a longer example falls back to answer only
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PretrainOptions(
        List<String> types,
        Preset preset,
        long seed,
        int steps,
        int batchSize,
        double imageShare,
        int vocabSize,
        int tokenizerPuzzles,
        String size,
        int maxSequence,
        OptimizerSettings optimizer) {
    /** Bump when the data or the model code changes what a given set of options produces. */
    static final int FORMAT =
            5; // 2: the chat package's prompt wording and purpose-salted seeds; 3: lab targets; 4: held-out contents by
    // digest; 5: the image encoder reads ink (1 - pixel)

    public PretrainOptions {
        types = List.copyOf(types);
        if (steps < 0 || batchSize < 1 || tokenizerPuzzles < 1) {
            throw new IllegalArgumentException("need steps >= 0, batch size >= 1, tokenizer puzzles >= 1");
        }
        if (imageShare < 0 || imageShare > 1) {
            throw new IllegalArgumentException("image share must be in [0, 1], got " + imageShare);
        }
        config(vocabSize, size); // validates the size name
    }

    public static ModelConfig config(int vocabSize, String size) {
        return switch (size) {
            case "small" -> ModelConfig.small(vocabSize);
            case "mini" -> ModelConfig.mini(vocabSize);
            case "tiny" -> ModelConfig.tiny(vocabSize);
            case "lab" -> ModelConfig.lab(vocabSize);
            default ->
                throw new IllegalArgumentException("unknown model size '" + size + "'; use lab, small, mini or tiny");
        };
    }

    /** 16 hex digits of SHA-256 over the options and {@link #FORMAT}. */
    public String hash() {
        try {
            byte[] json = new ObjectMapper().writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((byte) FORMAT);
            return HexFormat.of().formatHex(sha.digest(json)).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
