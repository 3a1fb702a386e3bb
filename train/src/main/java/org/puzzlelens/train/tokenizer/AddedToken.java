package org.puzzlelens.train.tokenizer;

/**
 * A token matched verbatim before BPE. Special tokens (padding, end of text, chat turns) are dropped
 * when decoding for a reader; the response tags are added but not special, so they survive decoding.
 */
public record AddedToken(int id, String content, boolean special) {}
