package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.rewards.metrics.Behaviour;

/** The JSON form of scored completions, shared by the service and offline scoring. */
public final class RewardJson {
    private RewardJson() {}

    public static ObjectNode result(Evidence e, Map<String, Reward> rewards) {
        ObjectNode o = Json.object();
        o.put("id", e.target().id());
        o.put("type", e.target().typeName());
        ObjectNode r = o.putObject("rewards");
        rewards.forEach((name, reward) -> r.set(name, reward(reward)));
        ObjectNode answer = o.putObject("answer");
        if (e.answer().found()) {
            answer.put("option", String.valueOf(Options.letter(e.answer().option())));
        } else {
            answer.putNull("option");
        }
        answer.put("rule", e.answer().rule());
        answer.put("correct", e.correct());
        o.set("perception", perception(e.perception()));
        o.set("behaviour", behaviour(e.behaviour()));
        return o;
    }

    public static ObjectNode reward(Reward reward) {
        ObjectNode o = Json.object();
        o.put("total", reward.total());
        o.put("normalised", reward.normalised());
        ObjectNode c = o.putObject("components");
        reward.components().forEach(c::put);
        return o;
    }

    private static ObjectNode perception(FactScore s) {
        ObjectNode o = Json.object();
        o.put("facts", s.total());
        o.put("correct", s.correct());
        o.put("wrong", s.wrong());
        o.put("missing", s.missing());
        o.put("extra", s.extra());
        return o;
    }

    private static ObjectNode behaviour(Behaviour b) {
        ObjectNode o = Json.object();
        o.put("characters", b.characters());
        if (b.tokens().isPresent()) {
            o.put("tokens", b.tokens().getAsInt());
        }
        o.put("reasoning_characters", b.reasoningCharacters());
        o.put("reasoning_steps", b.reasoningSteps());
        o.put("self_reflections", b.selfReflections());
        o.put("visual_references", b.visualReferences());
        return o;
    }
}
