package org.puzzlelens.eval.backend;

/**
 * One answer of a model.
 *
 * @param usage tokens of the request; a request that returned several samples reports its usage on the
 *     first of them and {@link Usage#NONE} on the others, so that sums count each request once
 * @param attempts HTTP attempts the request took (1 without retries)
 */
public record Completion(String text, Usage usage, int attempts) {}
