package org.puzzlelens.eval.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.puzzlelens.puzzles.core.FactScore;

/**
 * One line of a results file: one (model, condition, instance, sample).
 *
 * @param model the run's label (the model name unless {@code --label} says otherwise)
 * @param settings backend, model, prompt and sampling, fixed for a label within a file
 * @param status {@code ok}, or {@code failed} (then {@code error} says why and a rerun retries it)
 * @param options how many options the question had (the random-guess baseline is 1/options)
 * @param answer the gold option letter
 * @param choice the option letter read from the response; null when unparseable or under transcribe
 * @param method the extraction rule that found {@code choice}; {@code unparseable} when none did
 * @param secondCall whether {@code choice} came from the benchmark's follow-up question
 * @param correct the chosen option is the gold one; under transcribe: the transcription is sufficient
 * @param transcription fact scores under transcribe, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalResult(
        String model,
        String settings,
        String condition,
        String type,
        String instance,
        int sample,
        String status,
        int options,
        String answer,
        String response,
        String followUp,
        String choice,
        String method,
        @JsonProperty("second_call") Boolean secondCall,
        Boolean correct,
        Transcription transcription,
        String error,
        int attempts,
        @JsonProperty("latency_ms") long latencyMs,
        @JsonProperty("input_tokens") long inputTokens,
        @JsonProperty("output_tokens") long outputTokens) {

    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String UNPARSEABLE = "unparseable";

    /**
     * A transcription graded against the true facts.
     *
     * @param solved what our solver answers from the transcribed state; null when the facts make no valid state
     * @param sufficient {@code solved} is the gold answer: the model saw enough to answer
     */
    public record Transcription(FactScore facts, String solved, boolean sufficient) {
        public boolean exact() {
            return facts.exact();
        }
    }

    public ResultKey key() {
        return new ResultKey(model, condition, type, instance, sample);
    }

    public boolean ok() {
        return OK.equals(status);
    }

    public boolean isCorrect() {
        return Boolean.TRUE.equals(correct);
    }

    public boolean unparseable() {
        return UNPARSEABLE.equals(method);
    }
}
