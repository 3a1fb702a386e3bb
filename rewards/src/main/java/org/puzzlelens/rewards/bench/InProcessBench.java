package org.puzzlelens.rewards.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.design.Design;

/**
 * Rewards per second of one design on one thread, the whole path included: parsing the completion,
 * reading the answer, the behaviour metrics, the fact grading and the design's sum.
 */
public final class InProcessBench {
    private final RewardEngine engine;
    private final List<RewardTarget> targets;
    private final List<String> completions;

    /** Completion i is scored against target i (both lists the same length). */
    public InProcessBench(RewardEngine engine, List<RewardTarget> targets, List<String> completions) {
        if (targets.isEmpty() || targets.size() != completions.size()) {
            throw new IllegalArgumentException("need as many completions as targets, and at least one");
        }
        this.engine = engine;
        this.targets = List.copyOf(targets);
        this.completions = List.copyOf(completions);
    }

    /**
     * Rewards per second of wall time, and the thread's CPU time per reward: on a machine shared with
     * other jobs the wall rate measures the queue for the CPU, the CPU time does not.
     */
    public record Rate(double perSecond, double cpuMicrosPerReward) {}

    /** Runs for about {@code seconds}; the checksum keeps the JIT honest. */
    public Rate rate(Design design, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int n = 0;
        double checksum = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 64; i++, n++) {
                int k = n % targets.size();
                checksum += design.score(engine.read(targets.get(k), completions.get(k)))
                        .total();
            }
        }
        if (Double.isNaN(checksum)) {
            throw new IllegalStateException("a reward was NaN");
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        return new Rate(n / ((System.nanoTime() - start) / 1e9), cpu / 1e3 / n);
    }

    /**
     * Completions of the kinds a policy writes during training, in turn: a perfect described
     * answer, a think-then-answer with a wrong letter, and untagged text.
     */
    public static String sample(RewardTarget t, int k) {
        char right = (char) ('A' + t.answerIndex());
        char wrong = (char) ('A' + (t.answerIndex() + 1) % t.options().size());
        String facts = Facts.format(t.facts());
        String reasoning = "First I read the image. " + facts.replace('\n', ' ')
                + "Then I apply the question's rule step by step. Wait, let me check the arithmetic again. It holds.";
        return switch (k % 3) {
            case 0 ->
                "<image_description>\n" + facts + "</image_description>\n<think>" + reasoning + "</think>\n<answer>"
                        + right + "</answer>";
            case 1 -> "<think>" + reasoning + "</think><answer>(" + wrong + ")</answer>";
            default -> reasoning + " So the answer is (" + right + ").";
        };
    }
}
