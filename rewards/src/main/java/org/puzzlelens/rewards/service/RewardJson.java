package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.rewards.metrics.Behaviour;

/**
 * The JSON form of scored completions, shared by the service and offline scoring. Written straight to
 * a generator rather than built as a tree: a tree of some fifty nodes per completion was a large part
 * of what a batch held in the heap and of its CPU time.
 */
public final class RewardJson {
    private RewardJson() {}

    /** The fields of one scored completion, inside an object the caller has opened. */
    public static void writeFields(JsonGenerator g, Evidence e, Map<String, Reward> rewards) throws IOException {
        g.writeStringField("id", e.target().id());
        g.writeStringField("type", e.target().typeName());
        g.writeObjectFieldStart("rewards");
        for (Map.Entry<String, Reward> r : rewards.entrySet()) {
            g.writeFieldName(r.getKey());
            reward(g, r.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("answer");
        if (e.answer().found()) {
            g.writeStringField(
                    "option", String.valueOf(Options.letter(e.answer().option())));
        } else {
            g.writeNullField("option");
        }
        g.writeStringField("rule", e.answer().rule());
        g.writeBooleanField("correct", e.correct());
        g.writeEndObject();
        perception(g, e.perception());
        behaviour(g, e.behaviour());
    }

    private static void reward(JsonGenerator g, Reward reward) throws IOException {
        g.writeStartObject();
        g.writeNumberField("total", reward.total());
        g.writeNumberField("normalised", reward.normalised());
        g.writeObjectFieldStart("components");
        for (Map.Entry<String, Double> c : reward.components().entrySet()) {
            g.writeNumberField(c.getKey(), c.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void perception(JsonGenerator g, FactScore s) throws IOException {
        g.writeObjectFieldStart("perception");
        g.writeNumberField("facts", s.total());
        g.writeNumberField("correct", s.correct());
        g.writeNumberField("wrong", s.wrong());
        g.writeNumberField("missing", s.missing());
        g.writeNumberField("extra", s.extra());
        g.writeEndObject();
    }

    private static void behaviour(JsonGenerator g, Behaviour b) throws IOException {
        g.writeObjectFieldStart("behaviour");
        g.writeNumberField("characters", b.characters());
        if (b.tokens().isPresent()) {
            g.writeNumberField("tokens", b.tokens().getAsInt());
        }
        g.writeNumberField("reasoning_characters", b.reasoningCharacters());
        g.writeNumberField("reasoning_steps", b.reasoningSteps());
        g.writeNumberField("self_reflections", b.selfReflections());
        g.writeNumberField("visual_references", b.visualReferences());
        g.writeEndObject();
    }
}
