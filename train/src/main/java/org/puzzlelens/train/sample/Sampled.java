package org.puzzlelens.train.sample;

import java.util.List;

/**
 * @param completions the sampled token ids per prompt
 * @param logits when asked for: per decoding step, the next-token logits of every row [rows * vocab]
 */
public record Sampled(List<int[]> completions, List<float[]> logits) {}
