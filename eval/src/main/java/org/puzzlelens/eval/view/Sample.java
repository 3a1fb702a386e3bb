package org.puzzlelens.eval.view;

import java.util.List;
import java.util.Map;

/**
 * One completion as the viewer shows it: what was asked, what came back, and how it was graded.
 *
 * @param id unique in the page: model, condition, type, instance and sample
 * @param domain {@code in-domain} (AlgoPuzzleVQA types) or {@code out-of-domain}
 * @param verdict {@code correct}, {@code wrong}, {@code unparseable} or {@code failed}
 * @param attribution the error attribution of the (instance, sample) for this model, null when none
 * @param image key into the page's images, null when the instance has no image on disk
 * @param prompt the text the model was asked (rebuilt from the record); the image comes first when shown
 * @param choice the option letter read from the completion, null when none
 * @param gold the gold option letter
 * @param facts the facts read from the completion's description against the true ones; empty when none
 * @param reward the reward components of the model's own design, null for models without one
 */
public record Sample(
        String id,
        String model,
        String condition,
        String type,
        String domain,
        String instance,
        int sample,
        String verdict,
        String attribution,
        String image,
        String prompt,
        String completion,
        List<String> options,
        String choice,
        String gold,
        List<FactRow> facts,
        Reward reward,
        String error) {
    public Sample {
        options = List.copyOf(options);
        facts = List.copyOf(facts);
    }

    /** One true or claimed fact: {@code match} is right, wrong, missing or extra. */
    public record FactRow(String key, String truth, String claimed, String match) {}

    /** A design's reward for this completion: the total and each component before weighting. */
    public record Reward(String design, double total, Map<String, Double> components) {}
}
