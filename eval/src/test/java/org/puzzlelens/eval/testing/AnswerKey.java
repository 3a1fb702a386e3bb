package org.puzzlelens.eval.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.eval.EvalItem;

/** Lets a scripted server answer right: finds the item whose question and options a prompt shows. */
public final class AnswerKey {
    private final Map<String, EvalItem> byQuestion = new HashMap<>();

    public AnswerKey(List<EvalItem> items) {
        for (EvalItem item : items) {
            byQuestion.put(key(item), item);
        }
    }

    private static String key(EvalItem item) {
        StringBuilder s =
                new StringBuilder("Question: ").append(item.question()).append("\nOptions:");
        for (int i = 0; i < item.options().size(); i++) {
            s.append("\n(")
                    .append((char) ('A' + i))
                    .append(") ")
                    .append(item.options().get(i));
        }
        return s.toString();
    }

    /** The item a prompt text asks about. */
    public EvalItem item(String prompt) {
        int start = prompt.indexOf("Question: ");
        int end = prompt.indexOf("\n\nAnswer:");
        EvalItem item = start < 0 || end < 0 ? null : byQuestion.get(prompt.substring(start, end));
        if (item == null) {
            throw new IllegalStateException("no item for prompt: " + prompt);
        }
        return item;
    }
}
