package org.puzzlelens.eval.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * Attribution of errors per (instance, sample), from the results of one model under each condition.
 *
 * <p>Perception failed when the transcription was insufficient (our solver, run on the model's own
 * transcription, does not reach the answer); without a transcription, when the model was right from
 * the description but wrong with the image. Reasoning failed when the model was wrong from the true
 * description. The verdict of a wrong image answer follows from the two (see {@link #verdict}).
 */
public final class Attribution {
    private Attribution() {}

    /** The results of one (instance, sample) under each condition, and what they say. */
    public record Case(String type, String instance, int sample, Map<Condition, EvalResult> results) {
        public Optional<EvalResult> under(Condition c) {
            return Optional.ofNullable(results.get(c));
        }

        /** Whether perception failed; empty when the results cannot tell. */
        public Optional<Boolean> perceptionFailed() {
            Optional<EvalResult> transcribe = under(Condition.TRANSCRIBE);
            if (transcribe.isPresent()) {
                return Optional.of(!transcribe.get().isCorrect());
            }
            Optional<EvalResult> image = under(Condition.IMAGE);
            Optional<EvalResult> text = under(Condition.TEXT);
            if (image.isPresent() && text.isPresent() && text.get().isCorrect()) {
                return Optional.of(!image.get().isCorrect());
            }
            return Optional.empty();
        }

        /** Whether reasoning failed: wrong from the true description; empty without a text result. */
        public Optional<Boolean> reasoningFailed() {
            return under(Condition.TEXT).map(r -> !r.isCorrect());
        }

        public Verdict verdict() {
            return Attribution.verdict(
                    under(Condition.IMAGE).map(EvalResult::isCorrect), perceptionFailed(), reasoningFailed());
        }
    }

    /**
     * The verdict table: right with the image is {@code CORRECT}; otherwise both failures are {@code
     * BOTH}, one alone names itself, neither is {@code UNEXPLAINED}. An unknown side counts as not
     * failed when the other side is known to be fine or failed: a sufficient transcription without a
     * text result charges the error to reasoning; a text failure without a transcription charges it to
     * reasoning alone.
     */
    static Verdict verdict(
            Optional<Boolean> imageRight, Optional<Boolean> perceptionFailed, Optional<Boolean> reasoningFailed) {
        if (imageRight.isEmpty()) {
            return Verdict.UNATTRIBUTED;
        }
        if (imageRight.get()) {
            return Verdict.CORRECT;
        }
        if (perceptionFailed.isEmpty() && reasoningFailed.isEmpty()) {
            return Verdict.UNATTRIBUTED;
        }
        boolean perception = perceptionFailed.orElse(false);
        boolean reasoning = reasoningFailed.orElse(perceptionFailed.isPresent() && !perception);
        if (perception && reasoning) {
            return Verdict.BOTH;
        }
        if (perception) {
            return Verdict.PERCEPTION;
        }
        return reasoning ? Verdict.REASONING : Verdict.UNEXPLAINED;
    }

    /** Groups the ok results of one model into cases, in first-seen order. */
    public static List<Case> cases(List<EvalResult> results) {
        Map<String, Map<Condition, EvalResult>> byCase = new LinkedHashMap<>();
        Map<String, EvalResult> first = new LinkedHashMap<>();
        for (EvalResult r : results) {
            if (!r.ok()) {
                continue;
            }
            String id = r.type() + "\u0000" + r.instance() + "\u0000" + r.sample();
            first.putIfAbsent(id, r);
            byCase.computeIfAbsent(id, k -> new EnumMap<>(Condition.class)).put(Condition.parse(r.condition()), r);
        }
        List<Case> out = new ArrayList<>();
        byCase.forEach((id, map) -> {
            EvalResult r = first.get(id);
            out.add(new Case(r.type(), r.instance(), r.sample(), map));
        });
        return out;
    }
}
