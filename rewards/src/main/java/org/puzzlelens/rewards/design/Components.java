package org.puzzlelens.rewards.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.chat.Layout;

/** The components by name, built with the configured parameters. */
public final class Components {
    private final Map<String, Component> byName = new LinkedHashMap<>();

    public Components(RewardParameters p) {
        List<Component> all = List.of(
                new Accuracy(),
                new GradedAccuracy(),
                new FormatMatch(Layout.THINK_ANSWER, true),
                new FormatMatch(Layout.DESCRIPTION_THINK_ANSWER, true),
                new FormatMatch(Layout.THINK_ANSWER, false),
                new FormatMatch(Layout.DESCRIPTION_THINK_ANSWER, false),
                new VisualGrounding(p.visualMinReferences()),
                new ReasoningLength(p.reasoningTargetChars()),
                new Perception(p.perceptionWrongPenalty(), p.perceptionExtraPenalty()),
                new Sufficiency());
        all.forEach(c -> byName.put(c.name(), c));
    }

    public List<Component> all() {
        return List.copyOf(byName.values());
    }

    /** @throws IllegalArgumentException naming the known components */
    public Component named(String name) {
        Component c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException(
                    "unknown reward component '" + name + "'; known: " + String.join(", ", byName.keySet()));
        }
        return c;
    }

    public Term term(String name, double weight) {
        return new Term(named(name), weight);
    }
}
