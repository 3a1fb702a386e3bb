package org.puzzlelens.eval.backend.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Options;

/**
 * A model with known error rates, for validating the attribution. For each (instance, sample) it
 * draws, from a stream seeded by (seed, instance, sample) alone and so the same under every
 * condition, whether its perception fails (with probability {@code perceptionError}) and whether its
 * reasoning fails ({@code reasoningError}).
 *
 * <ul>
 *   <li>Perception failing: one fact of the true state is replaced by another value the puzzle uses
 *       (or a neighbouring number), preferring a change that alters the answer; that is what it
 *       "sees" in the image and what it transcribes.
 *   <li>Under {@code image} it answers what our solver derives from the state it saw; under {@code
 *       text} and {@code image+text} the description tells it the true state.
 *   <li>Reasoning failing: it picks, uniformly, an option other than the one its reasoning should give.
 * </ul>
 * The rates are then recoverable: the share of insufficient transcriptions is the perception rate (of
 * answer-changing errors), the text-condition error rate is the reasoning rate.
 */
final class SimulatedModel {
    /** Corruptions tried in search of one that changes the answer. */
    private static final int CORRUPTION_TRIES = 40;

    private final double perceptionError;
    private final double reasoningError;
    private final long seed;

    public SimulatedModel(double perceptionError, double reasoningError, long seed) {
        this.perceptionError = perceptionError;
        this.reasoningError = reasoningError;
        this.seed = seed;
    }

    /** The completion text for one sample. */
    public String respond(EvalItem item, Condition condition, int sample) {
        SplittableRandom rng = new SplittableRandom(
                seed ^ (31L * item.id().hashCode() + item.typeName().hashCode()) * 0x9E3779B97F4A7C15L + sample);
        boolean perceptionFails = rng.nextDouble() < perceptionError;
        boolean reasoningFails = rng.nextDouble() < reasoningError;
        List<Fact> truth = item.facts();
        List<Fact> seen = perceptionFails ? corrupt(item, truth, rng.split()) : truth;
        if (condition == Condition.TRANSCRIBE) {
            return "Transcription of the puzzle:\n" + Facts.format(seen);
        }
        int believed = condition.usesDescription()
                ? item.answerIndex()
                : item.solveFromFacts(seen).map(item::optionIndex).orElse(-1);
        int choice = choose(item, believed, reasoningFails, rng);
        return "<think>Reading the puzzle and working it out.</think>\n<answer>(" + Options.letter(choice)
                + ")</answer>";
    }

    /**
     * @param believed the option its reasoning gives, -1 when what it saw leads to no option (then any
     *     pick it makes is a wrong one)
     */
    private static int choose(EvalItem item, int believed, boolean reasoningFails, SplittableRandom rng) {
        int avoid = believed >= 0 ? believed : item.answerIndex();
        if (believed >= 0 && !reasoningFails) {
            return believed;
        }
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < item.options().size(); i++) {
            if (i != avoid) {
                others.add(i);
            }
        }
        return others.get(rng.nextInt(others.size()));
    }

    /** One fact changed: the first change found that alters the answer, else the first change at all. */
    static List<Fact> corrupt(EvalItem item, List<Fact> truth, SplittableRandom rng) {
        List<String> vocabulary = new ArrayList<>(
                new LinkedHashSet<>(truth.stream().map(Fact::value).toList()));
        List<Fact> fallback = null;
        for (int t = 0; t < CORRUPTION_TRIES; t++) {
            int at = rng.nextInt(truth.size());
            Fact fact = truth.get(at);
            Optional<String> value = otherValue(fact.value(), vocabulary, rng);
            if (value.isEmpty()) {
                continue;
            }
            List<Fact> changed = new ArrayList<>(truth);
            changed.set(at, new Fact(fact.key(), value.get()));
            if (fallback == null) {
                fallback = changed;
            }
            boolean answerChanges =
                    item.solveFromFacts(changed).map(a -> !item.isGold(a)).orElse(true);
            if (answerChanges) {
                return changed;
            }
        }
        return fallback != null ? fallback : truth;
    }

    /** Another value of the puzzle's own vocabulary, or a number one off. */
    private static Optional<String> otherValue(String value, List<String> vocabulary, SplittableRandom rng) {
        if (value.matches("-?\\d+") && rng.nextBoolean()) {
            int v = Integer.parseInt(value);
            return Optional.of(Integer.toString(v == 0 || rng.nextBoolean() ? v + 1 : v - 1));
        }
        List<String> others = vocabulary.stream().filter(v -> !v.equals(value)).toList();
        if (others.isEmpty()) {
            return value.matches("-?\\d+")
                    ? Optional.of(Integer.toString(Integer.parseInt(value) + 1))
                    : Optional.empty();
        }
        return Optional.of(others.get(rng.nextInt(others.size())));
    }
}
