package org.puzzlelens.train.rewards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.rewards.metrics.Behaviour;
import org.puzzlelens.rewards.metrics.BehaviourMeter;
import org.puzzlelens.train.grpo.Scored;

/**
 * The behaviour of a batch of completions, as the reward library measures it, for the per-step
 * training metrics: how often the model checks itself and refers to what the image shows, and how
 * long and how many steps its reasoning is.
 */
public final class RolloutBehaviour {
    private static final BehaviourMeter METER = new BehaviourMeter(null);

    private RolloutBehaviour() {
    }

    public static Behaviour measure(PuzzleInstance puzzle, String completion) {
        return METER.measure(CompletionParser.parse(completion), PuzzleTargets.of(puzzle).visualTerms());
    }

    /** Means over the step's scores; the rates are shares of completions with at least one occurrence. */
    public static Map<String, Double> of(List<Scored> scores) {
        double reflecting = 0;
        double referring = 0;
        double steps = 0;
        double characters = 0;
        for (Scored scored : scores) {
            Behaviour b = scored.behaviour();
            reflecting += b.selfReflections() > 0 ? 1 : 0;
            referring += b.visualReferences() > 0 ? 1 : 0;
            steps += b.reasoningSteps();
            characters += b.characters();
        }
        int n = Math.max(1, scores.size());
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("self_reflection_rate", reflecting / n);
        out.put("visual_reference_rate", referring / n);
        out.put("reasoning_steps", steps / n);
        out.put("response_characters", characters / n);
        return out;
    }
}
