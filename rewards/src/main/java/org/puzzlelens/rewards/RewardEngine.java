package org.puzzlelens.rewards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.chat.AnswerReader;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.chat.TaggedCompletion;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.rewards.metrics.BehaviourMeter;
import org.puzzlelens.rewards.metrics.TokenCounter;

/**
 * Scores completions under the configured designs. Pure: the same completion and target give the
 * same rewards; safe to share between threads.
 */
public final class RewardEngine {
    private final Designs designs;
    private final BehaviourMeter meter;

    /** @param tokens the caller's tokenizer for token counts, or null */
    public RewardEngine(Designs designs, TokenCounter tokens) {
        this.designs = designs;
        this.meter = new BehaviourMeter(tokens);
    }

    public RewardEngine(Designs designs) {
        this(designs, null);
    }

    public Designs designs() {
        return designs;
    }

    public Evidence read(RewardTarget target, String completion) {
        TaggedCompletion parsed = CompletionParser.parse(completion);
        return new Evidence(
                target,
                parsed,
                AnswerReader.read(completion, target.type(), target.options()),
                meter.measure(parsed, target.visualTerms()),
                Facts.score(target.facts(), Facts.parse(parsed.description().orElse(""))));
    }

    public Reward score(String design, RewardTarget target, String completion) {
        return designs.design(design).score(read(target, completion));
    }

    /** Every design's reward for one reading, in registry order. */
    public Map<String, Reward> scoreAll(Evidence evidence) {
        Map<String, Reward> out = new LinkedHashMap<>();
        for (Design d : designs.all()) {
            out.put(d.name(), d.score(evidence));
        }
        return out;
    }

    public List<String> names() {
        return designs.all().stream().map(Design::name).toList();
    }
}
