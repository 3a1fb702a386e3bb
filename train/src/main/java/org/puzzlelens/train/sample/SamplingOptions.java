package org.puzzlelens.train.sample;

/**
 * @param temperature 0 for greedy decoding
 * @param topP nucleus: sample among the most likely tokens whose probabilities sum to at least this
 * @param maxTokens the most tokens a completion may have
 * @param useCache decode with the key/value cache (false recomputes the whole sequence per token)
 */
public record SamplingOptions(double temperature, double topP, int maxTokens, boolean useCache) {
    public SamplingOptions {
        if (temperature < 0) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], got " + topP);
        }
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("max tokens must be > 0, got " + maxTokens);
        }
    }

    public SamplingOptions withoutCache() {
        return new SamplingOptions(temperature, topP, maxTokens, false);
    }
}
