package org.puzzlelens.train.local;

/** A completion of the local model with the token counts the harness reports as usage. */
record GeneratedText(String text, int promptTokens, int completionTokens) {}
