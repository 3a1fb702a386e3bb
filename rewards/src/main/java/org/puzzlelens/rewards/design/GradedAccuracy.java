package org.puzzlelens.rewards.design;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.chat.Block;
import org.puzzlelens.rewards.Evidence;

/**
 * Accuracy with partial credit for numeric answers: 1 for the gold option, otherwise
 * max(0, 1 - |pred - gold| / spread), where spread is the range of the numeric options. Answers
 * that are not numbers get 0 unless exact.
 */
record GradedAccuracy() implements Component {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    @Override
    public String name() {
        return "graded_accuracy";
    }

    @Override
    public String meaning() {
        return "1 if correct; for numeric answers max(0, 1 - |pred - gold| / spread of the options)";
    }

    @Override
    public double score(Evidence e) {
        if (e.correct()) {
            return 1;
        }
        List<String> options = e.target().options();
        OptionalDouble gold = number(e.target().answer());
        OptionalDouble predicted = e.answer().found()
                ? number(options.get(e.answer().option()))
                : number(e.completion().block(Block.ANSWER).orElse(""));
        if (gold.isEmpty() || predicted.isEmpty()) {
            return 0;
        }
        double lo = gold.getAsDouble();
        double hi = gold.getAsDouble();
        for (String o : options) {
            OptionalDouble v = number(o);
            if (v.isEmpty()) {
                return 0; // mixed options: distances mean nothing
            }
            lo = Math.min(lo, v.getAsDouble());
            hi = Math.max(hi, v.getAsDouble());
        }
        double spread = hi - lo;
        return spread == 0 ? 0 : Math.max(0, 1 - Math.abs(predicted.getAsDouble() - gold.getAsDouble()) / spread);
    }

    /** The value of a text that is one number and nothing else. */
    static OptionalDouble number(String text) {
        String t = text.strip();
        return NUMBER.matcher(t).matches() ? OptionalDouble.of(Double.parseDouble(t)) : OptionalDouble.empty();
    }
}
