package org.puzzlelens.eval.run;

import org.puzzlelens.eval.backend.Usage;

/**
 * What one sample's conversation produced.
 *
 * @param followUp the reply to the benchmark's second question, null when it was not asked
 * @param usage tokens of both calls
 */
record Exchange(String response, String followUp, int attempts, long latencyMs, Usage usage) {}
