package org.puzzlelens.rewards.metrics;

import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.chat.TaggedCompletion;

/** Measures {@link Behaviour}; deterministic, and the same for every puzzle type. */
public final class BehaviourMeter {
    private static final Pattern REFLECTION = Pattern.compile(
            "\\b(?:wait|hmm+|let me (?:re-?)?(?:check|verify|reconsider|double-check|re-?examine|think again)"
                    + "|re-?examine|re-?check|double-check|on second thought|i made a mistake|that's not right"
                    + "|actually)\\b",
            Pattern.CASE_INSENSITIVE);
    // a step ends at a line break, or at a sentence end followed by a capital letter or a digit; two
    // characters before the full stop, so that list markers ("1. First") stay with their step
    private static final Pattern STEP_BREAK = Pattern.compile("\\R+|(?<=[\\p{L}\\p{N}]{2}[.!?])\\s+(?=[\\p{Lu}\\d(])");
    private static final Pattern CONTENT = Pattern.compile("[\\p{L}\\p{N}]");

    private final TokenCounter tokens;

    /** @param tokens the caller's tokenizer, or null to report characters only */
    public BehaviourMeter(TokenCounter tokens) {
        this.tokens = tokens;
    }

    public Behaviour measure(TaggedCompletion completion, Set<String> visualTerms) {
        String reasoning = completion.reasoning();
        return new Behaviour(
                completion.text().codePointCount(0, completion.text().length()),
                tokens == null ? OptionalInt.empty() : OptionalInt.of(tokens.count(completion.text())),
                reasoning.codePointCount(0, reasoning.length()),
                steps(reasoning),
                count(REFLECTION, reasoning),
                VisualTerms.mentioned(visualTerms, reasoning));
    }

    static int steps(String reasoning) {
        int n = 0;
        for (String part : STEP_BREAK.split(reasoning)) {
            if (CONTENT.matcher(part).find()) {
                n++;
            }
        }
        return n;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
