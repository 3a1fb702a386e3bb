package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.rewards.metrics.Behaviour;

/**
 * The JSON form of scored completions, shared by the service and offline scoring. Written straight to
 * a generator rather than built as a tree: a tree of some fifty nodes per completion was a large part
 * of what a batch held in the heap and of its CPU time. Field names are written pre-encoded
 * ({@link SerializedString}, quoted and escaped once): the generator otherwise checks and encodes each
 * name's characters, some thirty per completion, a third of this class's time in the batch endpoint's
 * profile.
 */
public final class RewardJson {
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString REWARDS = new SerializedString("rewards");
    private static final SerializedString ANSWER = new SerializedString("answer");
    private static final SerializedString OPTION = new SerializedString("option");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString CORRECT = new SerializedString("correct");
    private static final SerializedString TOTAL = new SerializedString("total");
    private static final SerializedString NORMALISED = new SerializedString("normalised");
    private static final SerializedString COMPONENTS = new SerializedString("components");
    private static final SerializedString PERCEPTION = new SerializedString("perception");
    private static final SerializedString FACTS = new SerializedString("facts");
    private static final SerializedString WRONG = new SerializedString("wrong");
    private static final SerializedString MISSING = new SerializedString("missing");
    private static final SerializedString EXTRA = new SerializedString("extra");
    private static final SerializedString BEHAVIOUR = new SerializedString("behaviour");
    private static final SerializedString CHARACTERS = new SerializedString("characters");
    private static final SerializedString TOKENS = new SerializedString("tokens");
    private static final SerializedString REASONING_CHARACTERS = new SerializedString("reasoning_characters");
    private static final SerializedString REASONING_STEPS = new SerializedString("reasoning_steps");
    private static final SerializedString SELF_REFLECTIONS = new SerializedString("self_reflections");
    private static final SerializedString VISUAL_REFERENCES = new SerializedString("visual_references");

    /**
     * The designs' and components' names, encoded on first use and kept: a few dozen at most, since a
     * request can name only the served designs, {@code custom} and the library's components.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();

    private RewardJson() {}

    /** The fields of one scored completion, inside an object the caller has opened. */
    public static void writeFields(JsonGenerator g, Evidence e, Map<String, Reward> rewards) throws IOException {
        g.writeFieldName(ID);
        g.writeString(e.target().id());
        g.writeFieldName(TYPE);
        g.writeString(e.target().typeName());
        startObject(g, REWARDS);
        for (Map.Entry<String, Reward> r : rewards.entrySet()) {
            g.writeFieldName(name(r.getKey()));
            reward(g, r.getValue());
        }
        g.writeEndObject();
        startObject(g, ANSWER);
        g.writeFieldName(OPTION);
        if (e.answer().found()) {
            g.writeString(String.valueOf(Options.letter(e.answer().option())));
        } else {
            g.writeNull();
        }
        g.writeFieldName(RULE);
        g.writeString(e.answer().rule());
        g.writeFieldName(CORRECT);
        g.writeBoolean(e.correct());
        g.writeEndObject();
        perception(g, e.perception());
        behaviour(g, e.behaviour());
    }

    private static void reward(JsonGenerator g, Reward reward) throws IOException {
        g.writeStartObject();
        number(g, TOTAL, reward.total());
        number(g, NORMALISED, reward.normalised());
        startObject(g, COMPONENTS);
        for (Map.Entry<String, Double> c : reward.components().entrySet()) {
            number(g, name(c.getKey()), c.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void perception(JsonGenerator g, FactScore s) throws IOException {
        startObject(g, PERCEPTION);
        number(g, FACTS, s.total());
        number(g, CORRECT, s.correct());
        number(g, WRONG, s.wrong());
        number(g, MISSING, s.missing());
        number(g, EXTRA, s.extra());
        g.writeEndObject();
    }

    private static void behaviour(JsonGenerator g, Behaviour b) throws IOException {
        startObject(g, BEHAVIOUR);
        number(g, CHARACTERS, b.characters());
        if (b.tokens().isPresent()) {
            number(g, TOKENS, b.tokens().getAsInt());
        }
        number(g, REASONING_CHARACTERS, b.reasoningCharacters());
        number(g, REASONING_STEPS, b.reasoningSteps());
        number(g, SELF_REFLECTIONS, b.selfReflections());
        number(g, VISUAL_REFERENCES, b.visualReferences());
        g.writeEndObject();
    }

    private static SerializableString name(String name) {
        return NAMES.computeIfAbsent(name, SerializedString::new);
    }

    private static void startObject(JsonGenerator g, SerializableString name) throws IOException {
        g.writeFieldName(name);
        g.writeStartObject();
    }

    private static void number(JsonGenerator g, SerializableString name, double value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void number(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }
}
