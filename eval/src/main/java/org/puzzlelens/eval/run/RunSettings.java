package org.puzzlelens.eval.run;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * What one evaluation run asks.
 *
 * @param label the model's name in the results (several runs of one model need distinct labels)
 * @param backend the backend's name, for the settings fingerprint
 * @param backendOptions the backend's own settings (a simulated model's rates), for the fingerprint
 * @param samples completions per (instance, condition), numbered 0..samples-1
 * @param concurrency the most requests in flight at once
 * @param secondCall ask the benchmark's follow-up question when no answer can be read
 * @param maxImageSide images with a longer side are scaled down before sending
 */
public record RunSettings(
        String label,
        String backend,
        Map<String, String> backendOptions,
        String model,
        List<Condition> conditions,
        int samples,
        Prompts prompts,
        Sampling sampling,
        int concurrency,
        boolean secondCall,
        int maxImageSide) {
    public RunSettings {
        conditions = List.copyOf(conditions);
        backendOptions = Collections.unmodifiableSortedMap(new TreeMap<>(backendOptions));
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
    }

    /**
     * Everything that changes what a completion means. A results file refuses to mix, under one label,
     * lines made with other settings: a rerun must ask the same thing to complete a run.
     */
    public String fingerprint() {
        return "backend=" + backend + (backendOptions.isEmpty() ? "" : backendOptions.toString()) + ";model=" + model
                + ";prompt=" + prompts.template().fingerprint() + ";"
                + sampling.summary() + ";second_call=" + secondCall + ";image_side=" + maxImageSide;
    }
}
