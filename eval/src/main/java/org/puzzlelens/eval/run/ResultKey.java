package org.puzzlelens.eval.run;

/** What a result line is the answer to; a results file holds at most one line per key. */
public record ResultKey(String model, String condition, String type, String instance, int sample) {}
