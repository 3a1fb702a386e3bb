package org.puzzlelens.eval.backend;

/**
 * Sampling parameters sent with every request.
 *
 * @param topP null to leave the server's default
 * @param seed null to send none (Anthropic takes none)
 */
public record Sampling(double temperature, Double topP, int maxTokens, Long seed) {
    public Sampling {
        if (temperature < 0) {
            throw new IllegalArgumentException("temperature must be >= 0, got " + temperature);
        }
        if (topP != null && (topP <= 0 || topP > 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], got " + topP);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be >= 1, got " + maxTokens);
        }
    }

    /** A short stable text, part of a run's settings. */
    public String summary() {
        return "t=" + temperature + ",top_p=" + (topP == null ? "-" : topP) + ",max=" + maxTokens + ",seed="
                + (seed == null ? "-" : seed);
    }
}
