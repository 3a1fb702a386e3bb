package org.puzzlelens.rewards.metrics;

import java.util.OptionalInt;

/**
 * The behaviour the study reports for one completion.
 *
 * @param characters length of the whole completion in characters (code points)
 * @param tokens its length in tokens, when a tokenizer was supplied
 * @param reasoningCharacters length of the reasoning (the think block, or the untagged text)
 * @param reasoningSteps lines and sentences of the reasoning that say something
 * @param selfReflections phrases of self-checking: "wait", "let me check", "re-examine"...
 * @param visualReferences distinct words and numbers of the puzzle's own facts the reasoning uses
 */
public record Behaviour(
        int characters,
        OptionalInt tokens,
        int reasoningCharacters,
        int reasoningSteps,
        int selfReflections,
        int visualReferences) {}
