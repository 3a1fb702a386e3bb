package org.puzzlelens.rewards.offline;

import org.puzzlelens.rewards.Evidence;

/** Means of the behaviour metrics, accuracy and perception recall over one type's completions. */
public final class BehaviourTally {
    private int count;
    private int correct;
    private double characters;
    private double steps;
    private double reflections;
    private double visualReferences;
    private double perceptionRecall;

    void add(Evidence e) {
        count++;
        correct += e.correct() ? 1 : 0;
        characters += e.behaviour().characters();
        steps += e.behaviour().reasoningSteps();
        reflections += e.behaviour().selfReflections();
        visualReferences += e.behaviour().visualReferences();
        perceptionRecall += e.perception().recall();
    }

    public int count() {
        return count;
    }

    public double accuracy() {
        return mean(correct);
    }

    public double characters() {
        return mean(characters);
    }

    public double steps() {
        return mean(steps);
    }

    public double reflections() {
        return mean(reflections);
    }

    public double visualReferences() {
        return mean(visualReferences);
    }

    public double perceptionRecall() {
        return mean(perceptionRecall);
    }

    private double mean(double sum) {
        return count == 0 ? 0 : sum / count;
    }
}
