package org.puzzlelens.train.rewards;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.chat.AnswerRead;
import org.puzzlelens.puzzles.chat.AnswerReader;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.chat.Layout;
import org.puzzlelens.puzzles.chat.TaggedCompletion;
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

    private RolloutBehaviour() {}

    public static Behaviour measure(PuzzleInstance puzzle, String completion) {
        return METER.measure(
                CompletionParser.parse(completion), PuzzleTargets.of(puzzle).visualTerms());
    }

    /**
     * Means over the step's scores; the rates are shares of completions with at least one occurrence.
     * The format and answer-letter rates read each completion's tags, which designs without a format
     * term do not score.
     */
    public static Map<String, Double> of(List<Scored> scores, List<PuzzleInstance> puzzles, List<String> completions) {
        double reflecting = 0;
        double referring = 0;
        double steps = 0;
        double characters = 0;
        double tagged = 0;
        double described = 0;
        int[] letters = new int[26];
        int answered = 0;
        for (int i = 0; i < scores.size(); i++) {
            TaggedCompletion parsed = CompletionParser.parse(completions.get(i));
            tagged += parsed.follows(Layout.DESCRIPTION_THINK_ANSWER, true) ? 1 : 0;
            described += parsed.description().isPresent() ? 1 : 0;
            PuzzleInstance p = puzzles.get(i);
            AnswerRead read = AnswerReader.read(completions.get(i), p.type(), p.options());
            if (read.found()) {
                letters[read.option()]++;
                answered++;
            }
            Behaviour b = scores.get(i).behaviour();
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
        out.put("tagged_format_rate", tagged / n);
        out.put("description_rate", described / n);
        // the share of the most frequent answer letter: near 1, the policy has collapsed onto one letter
        out.put(
                "top_letter_share",
                answered == 0 ? 0 : Arrays.stream(letters).max().getAsInt() / (double) answered);
        return out;
    }
}
