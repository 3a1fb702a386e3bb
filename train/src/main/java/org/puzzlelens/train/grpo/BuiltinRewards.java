package org.puzzlelens.train.grpo;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * The trainer's own minimal reward designs, until the reward library's designs are plugged in:
 * {@code answer} scores the exact answer (1 or 0); {@code answer-format} adds 1 when the completion
 * is exactly the study's format (description, thinking, answer, each once, nothing outside).
 */
public final class BuiltinRewards {
    private static final Pattern STUDY_FORMAT = Pattern.compile(
            "\\s*<image_description>(?:(?!<image_description>|</image_description>).)*</image_description>"
                    + "\\s*<think>(?:(?!<think>|</think>).)*</think>"
                    + "\\s*<answer>(?:(?!<answer>|</answer>).)*</answer>\\s*",
            Pattern.DOTALL);

    private BuiltinRewards() {
    }

    public static List<String> names() {
        return List.of("answer", "answer-format");
    }

    public static CompletionReward named(String name) {
        return switch (name) {
            case "answer" -> reward(name, false);
            case "answer-format" -> reward(name, true);
            default -> throw new IllegalArgumentException("unknown reward design '" + name + "'; built-in designs: "
                    + String.join(", ", names()));
        };
    }

    public static double accuracy(PuzzleInstance puzzle, String completion) {
        return Answers.extract(completion).map(a -> Answers.correct(a, puzzle) ? 1.0 : 0.0).orElse(0.0);
    }

    public static double format(String completion) {
        return STUDY_FORMAT.matcher(completion).matches() ? 1 : 0;
    }

    private static CompletionReward reward(String name, boolean withFormat) {
        return new CompletionReward() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Scored score(PuzzleInstance puzzle, String completion) {
                double a = accuracy(puzzle, completion);
                if (!withFormat) {
                    return new Scored(a, Map.of("accuracy", a));
                }
                double f = format(completion);
                return new Scored(a + f, Map.of("accuracy", a, "format", f));
            }
        };
    }
}
