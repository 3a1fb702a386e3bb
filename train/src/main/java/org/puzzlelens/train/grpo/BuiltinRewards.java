package org.puzzlelens.train.grpo;

import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.chat.AnswerReader;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.chat.Layout;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.rewards.metrics.Behaviour;
import org.puzzlelens.train.rewards.RolloutBehaviour;

/**
 * The trainer's own minimal reward designs, until the reward library's designs are plugged in:
 * {@code answer} scores the exact answer (1 or 0); {@code answer-format} adds 1 when the completion
 * is exactly the study's format (description, thinking, answer, each once, nothing outside). Both
 * read the completion through the chat package, as the reward library and the evaluation do.
 */
public final class BuiltinRewards {
    private BuiltinRewards() {}

    public static List<String> names() {
        return List.of("answer", "answer-format");
    }

    public static CompletionReward named(String name) {
        return switch (name) {
            case "answer" -> reward(name, false);
            case "answer-format" -> reward(name, true);
            default ->
                throw new IllegalArgumentException(
                        "unknown reward design '" + name + "'; built-in designs: " + String.join(", ", names()));
        };
    }

    public static double accuracy(PuzzleInstance puzzle, String completion) {
        return AnswerReader.read(completion, puzzle.type(), puzzle.options()).option() == puzzle.answerIndex() ? 1 : 0;
    }

    public static double format(String completion) {
        return CompletionParser.parse(completion).follows(Layout.DESCRIPTION_THINK_ANSWER, true) ? 1 : 0;
    }

    private static CompletionReward reward(String name, boolean withFormat) {
        return new CompletionReward() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Scored> score(List<Rollout> rollouts) {
                return rollouts.stream()
                        .map(r -> score(r.puzzle(), r.completion()))
                        .toList();
            }

            @Override
            public Scored score(PuzzleInstance puzzle, String completion) {
                Behaviour behaviour = RolloutBehaviour.measure(puzzle, completion);
                double a = accuracy(puzzle, completion);
                if (!withFormat) {
                    return new Scored(a, Map.of("accuracy", a), behaviour);
                }
                double f = format(completion);
                return new Scored(a + f, Map.of("accuracy", a, "format", f), behaviour);
            }
        };
    }
}
