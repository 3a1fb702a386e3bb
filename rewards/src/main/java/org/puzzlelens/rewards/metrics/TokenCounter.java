package org.puzzlelens.rewards.metrics;

/**
 * Counts the tokens of a text with some model's tokenizer. Supplied by the caller (the trainer has
 * its tokenizer loaded already), so this module needs no tokenizer library.
 */
@FunctionalInterface
public interface TokenCounter {
    int count(String text);
}
