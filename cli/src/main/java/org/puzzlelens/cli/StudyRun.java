package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.puzzlelens.eval.report.Proportion;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.Layout;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.design.Designs;

/**
 * One evaluated model of the study (the base, or the base after GRPO under a design): its answered
 * results (as the evaluation report reads them), each completion read once by the reward library
 * (answer, tags, description facts, behaviour), and why requests failed.
 *
 * @param readings one per answered result whose instance has a target, in result order
 * @param failures the error of each failed request, e.g. a prompt longer than the model's positions
 */
record StudyRun(String label, RunData results, List<Reading> readings, List<String> failures) {
    /** One completion as the reward library reads it. */
    record Reading(EvalResult result, Evidence evidence) {}

    static StudyRun load(String label, Path file, Map<String, RewardTarget> targets) throws IOException {
        List<EvalResult> all = ResultsFile.read(file);
        List<EvalResult> ok = all.stream().filter(EvalResult::ok).toList();
        RewardEngine engine = new RewardEngine(Designs.defaults());
        List<Reading> readings = ok.stream()
                .filter(r -> targets.containsKey(r.instance()))
                .map(r -> new Reading(r, engine.read(targets.get(r.instance()), r.response())))
                .toList();
        List<String> failures = all.stream()
                .filter(r -> !r.ok())
                .map(r -> r.condition() + " " + r.instance() + ": " + r.error())
                .toList();
        return new StudyRun(label, new RunData(label, "", ok, failures.size()), readings, failures);
    }

    static Predicate<String> inDomain(boolean wanted) {
        return type -> Registry.get().type(type).info().inDomain() == wanted;
    }

    Proportion accuracy(Condition condition, Predicate<String> types) {
        return results.accuracy(condition, types);
    }

    /**
     * What the completions of one condition and set of types do.
     *
     * @param taggedRate share that follow description, think, answer exactly (the strict layout)
     * @param descriptionRate share with a description block
     * @param described how many have a description block
     * @param factAccuracy share of the true facts that those descriptions state correctly (fact level)
     * @param topLetterShare share of read answers that are the most frequent letter
     */
    record BehaviourSummary(
            int completions,
            double taggedRate,
            double descriptionRate,
            int described,
            double factAccuracy,
            double meanReasoning,
            double selfReflectionRate,
            double meanVisualReferences,
            String topLetter,
            double topLetterShare) {}

    BehaviourSummary behaviourSummary(Condition condition, Predicate<String> types) {
        List<Evidence> e = readings.stream()
                .filter(r -> r.result().condition().equals(condition.id())
                        && types.test(r.result().type()))
                .map(Reading::evidence)
                .toList();
        List<Evidence> described =
                e.stream().filter(x -> x.completion().description().isPresent()).toList();
        int trueFacts = described.stream().mapToInt(x -> x.perception().total()).sum();
        int rightFacts =
                described.stream().mapToInt(x -> x.perception().correct()).sum();
        Map<String, Long> letters = e.stream()
                .filter(x -> x.answer().found())
                .collect(Collectors.groupingBy(
                        x -> String.valueOf(Options.letter(x.answer().option())), Collectors.counting()));
        Map.Entry<String, Long> top = letters.entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry::getValue))
                .orElse(Map.entry("-", 0L));
        long answered = letters.values().stream().mapToLong(Long::longValue).sum();
        return new BehaviourSummary(
                e.size(),
                share(e, x -> x.completion().follows(Layout.DESCRIPTION_THINK_ANSWER, true)),
                share(e, x -> x.completion().description().isPresent()),
                described.size(),
                trueFacts == 0 ? Double.NaN : (double) rightFacts / trueFacts,
                mean(e, x -> (double) x.behaviour().reasoningCharacters()),
                share(e, x -> x.behaviour().selfReflections() > 0),
                mean(e, x -> (double) x.behaviour().visualReferences()),
                top.getKey(),
                answered == 0 ? Double.NaN : (double) top.getValue() / answered);
    }

    private static double share(List<Evidence> e, Predicate<Evidence> p) {
        return e.isEmpty() ? Double.NaN : e.stream().filter(p).count() / (double) e.size();
    }

    private static double mean(List<Evidence> e, Function<Evidence, Double> f) {
        return e.stream().mapToDouble(f::apply).average().orElse(Double.NaN);
    }
}
