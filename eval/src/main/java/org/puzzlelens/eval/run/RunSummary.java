package org.puzzlelens.eval.run;

import java.time.Duration;
import java.util.Map;
import org.puzzlelens.eval.backend.Usage;

/**
 * What a run did.
 *
 * @param alreadyDone samples found done in the results file and skipped
 * @param answered samples answered and written this time
 * @param failed samples whose request failed (written as failed; a rerun retries them)
 * @param unparseable answered samples from which no option could be read
 * @param notRunnable (condition: reason) -> how many instances could not be shown under that condition
 * @param requests prompts sent (one per (instance, condition), plus follow-ups); retries are not counted, and a
 *     backend without {@code n} (Anthropic, {@code use-n=false}) sends one HTTP request per sample of a prompt
 * @param cancelled whether the run was stopped before the end
 */
public record RunSummary(
        int alreadyDone,
        int answered,
        int failed,
        int unparseable,
        Map<String, Integer> notRunnable,
        long requests,
        Usage usage,
        Duration wall,
        boolean cancelled,
        ResultsFile.Repair repair) {
    public RunSummary {
        notRunnable = Map.copyOf(notRunnable);
    }

    public double requestsPerSecond() {
        double s = wall.toNanos() / 1e9;
        return s == 0 ? 0 : requests / s;
    }
}
