package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.puzzlelens.eval.Condition;
import org.puzzlelens.eval.report.Proportion;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.metrics.Behaviour;

/**
 * One evaluated model of the study (the base, or the base after GRPO under a design): its answered
 * results (as the evaluation report reads them), the behaviour of its completions as the reward library measures it, and why requests failed.
 *
 * @param failures the error of each failed request, e.g. a prompt longer than the model's positions
 */
record StudyRun(String label, RunData results, List<Behaviour> behaviours, List<String> failures) {
    static StudyRun load(String label, Path file, Map<String, RewardTarget> targets) throws IOException {
        List<EvalResult> all = ResultsFile.read(file);
        List<EvalResult> ok = all.stream().filter(EvalResult::ok).toList();
        RewardEngine engine = new RewardEngine(Designs.defaults());
        List<Behaviour> behaviours = ok.stream().filter(r -> targets.containsKey(r.instance()))
                .map(r -> engine.read(targets.get(r.instance()), r.response()).behaviour()).toList();
        List<String> failures = all.stream().filter(r -> !r.ok())
                .map(r -> r.condition() + " " + r.instance() + ": " + r.error()).toList();
        return new StudyRun(label, new RunData(label, "", ok, failures.size()), behaviours, failures);
    }

    static Predicate<String> inDomain(boolean wanted) {
        return type -> Registry.get().type(type).info().inDomain() == wanted;
    }

    Proportion accuracy(Condition condition, Predicate<String> types) {
        return results.accuracy(condition, types);
    }

    double meanCharacters() {
        return behaviours.stream().mapToInt(Behaviour::characters).average().orElse(Double.NaN);
    }

    double meanSteps() {
        return behaviours.stream().mapToInt(Behaviour::reasoningSteps).average().orElse(Double.NaN);
    }

    double selfReflectionRate() {
        return behaviours.stream().mapToDouble(b -> b.selfReflections() > 0 ? 1 : 0).average().orElse(Double.NaN);
    }

    double meanVisualReferences() {
        return behaviours.stream().mapToInt(Behaviour::visualReferences).average().orElse(Double.NaN);
    }
}
