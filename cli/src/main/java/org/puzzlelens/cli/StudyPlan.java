package org.puzzlelens.cli;

/**
 * The sizes of a study, every value named where it is set: model, warm start, GRPO and test suites.
 * Two presets, measured on a shared 2-core CPU: {@link #standard()} fits 30 minutes with three
 * designs, {@link #quick()} five. Each field is a {@code study} option of the same name (kebab-case:
 * {@code grpoSteps} is {@code --grpo-steps}), so a configuration file uses the names of the flags.
 *
 * @param size the built-in model's size: lab, small, mini or tiny (see docs/TRAINING.md)
 * @param vocabSize the BPE tokenizer's vocabulary, learned from the warm-start corpus
 * @param pretrainSteps warm-start (supervised) optimiser steps; the base is cached by its configuration
 * @param pretrainBatch examples per warm-start step
 * @param maxSequence the model's positions: prompt plus completion, in tokens
 * @param grpoSteps GRPO steps per design
 * @param groupSize G, completions sampled per prompt (GRPO's advantages compare them)
 * @param promptsPerStep prompts per GRPO step (the batch is promptsPerStep x groupSize completions)
 * @param grpoMaxTokens completion limit while training
 * @param microBatch rows per forward and backward pass of a GRPO update (0: the whole batch); memory, not the
 *     objective: the passes' gradients add up to the whole batch's
 * @param idPerType held-out in-domain test instances per in-domain type (lab variants by default)
 * @param oodPerType out-of-domain test instances per PuzzleVQA type (0: none)
 * @param evalMaxTokens completion limit while evaluating
 */
record StudyPlan(
        String size,
        int vocabSize,
        int pretrainSteps,
        int pretrainBatch,
        int maxSequence,
        int grpoSteps,
        int groupSize,
        int promptsPerStep,
        int grpoMaxTokens,
        int microBatch,
        int idPerType,
        int oodPerType,
        int evalMaxTokens) {
    /**
     * One group of completions per forward and backward pass: the default study's GRPO update over all 32
     * completions at once kept the study's peak resident memory above 1.5 GB (docs/PERFORMANCE.md, "The
     * study's memory"); in passes of 8 a quick study's peak fell by 0.2 GB, and a pass is a whole group.
     */
    static final int MICRO_BATCH = 8;

    StudyPlan {
        if (pretrainSteps < 1 || grpoSteps < 1 || idPerType < 1 || oodPerType < 0) {
            throw new IllegalArgumentException("a study needs pretrain steps, GRPO steps and in-domain test instances "
                    + ">= 1, and out-of-domain test instances >= 0");
        }
    }

    /**
     * The default study on the lab variants. Lengths measured on their tagged targets (docs/RESULTS.md):
     * at most 104 tokens, prompts at most 161 (text) or 107 plus 64 image positions, hence 320 positions,
     * 112 new tokens in GRPO and 128 in evaluation. 100 test instances per lab type give 300 per
     * condition in domain, intervals of about +-5 points. 2,500 warm-start steps, not 1,500: on the same
     * unseen instances the base read 61.6% from the image (the blue discs included) against 45.2%.
     */
    static StudyPlan standard() {
        return new Builder()
                .size("lab")
                .vocabSize(512)
                .pretrainSteps(2500)
                .pretrainBatch(16)
                .maxSequence(320)
                .grpoSteps(24)
                .groupSize(8)
                .promptsPerStep(4)
                .grpoMaxTokens(112)
                .microBatch(MICRO_BATCH)
                .idPerType(100)
                .oodPerType(5)
                .evalMaxTokens(128)
                .build();
    }

    /** A smoke run of the whole pipeline in minutes: the same model, far too few steps to learn. */
    static StudyPlan quick() {
        return new Builder()
                .size("lab")
                .vocabSize(512)
                .pretrainSteps(150)
                .pretrainBatch(16)
                .maxSequence(320)
                .grpoSteps(4)
                .groupSize(4)
                .promptsPerStep(2)
                .grpoMaxTokens(112)
                .microBatch(MICRO_BATCH)
                .idPerType(10)
                .oodPerType(1)
                .evalMaxTokens(128)
                .build();
    }

    Builder toBuilder() {
        return new Builder()
                .size(size)
                .vocabSize(vocabSize)
                .pretrainSteps(pretrainSteps)
                .pretrainBatch(pretrainBatch)
                .maxSequence(maxSequence)
                .grpoSteps(grpoSteps)
                .groupSize(groupSize)
                .promptsPerStep(promptsPerStep)
                .grpoMaxTokens(grpoMaxTokens)
                .microBatch(microBatch)
                .idPerType(idPerType)
                .oodPerType(oodPerType)
                .evalMaxTokens(evalMaxTokens);
    }

    /** Training instances per in-domain type: what the GRPO steps draw, in the trainer's order. */
    int trainPerType(int types) {
        return Math.ceilDiv(grpoSteps * promptsPerStep, types);
    }

    /** Named setters, so that a plan reads as a list of named values; a null leaves the value as it is. */
    static final class Builder {
        private String size;
        private int vocabSize;
        private int pretrainSteps;
        private int pretrainBatch;
        private int maxSequence;
        private int grpoSteps;
        private int groupSize;
        private int promptsPerStep;
        private int grpoMaxTokens;
        private int microBatch;
        private int idPerType;
        private int oodPerType;
        private int evalMaxTokens;

        Builder size(String v) {
            size = v == null ? size : v;
            return this;
        }

        Builder vocabSize(Integer v) {
            vocabSize = v == null ? vocabSize : v;
            return this;
        }

        Builder pretrainSteps(Integer v) {
            pretrainSteps = v == null ? pretrainSteps : v;
            return this;
        }

        Builder pretrainBatch(Integer v) {
            pretrainBatch = v == null ? pretrainBatch : v;
            return this;
        }

        Builder maxSequence(Integer v) {
            maxSequence = v == null ? maxSequence : v;
            return this;
        }

        Builder grpoSteps(Integer v) {
            grpoSteps = v == null ? grpoSteps : v;
            return this;
        }

        Builder groupSize(Integer v) {
            groupSize = v == null ? groupSize : v;
            return this;
        }

        Builder promptsPerStep(Integer v) {
            promptsPerStep = v == null ? promptsPerStep : v;
            return this;
        }

        Builder grpoMaxTokens(Integer v) {
            grpoMaxTokens = v == null ? grpoMaxTokens : v;
            return this;
        }

        Builder microBatch(Integer v) {
            microBatch = v == null ? microBatch : v;
            return this;
        }

        Builder idPerType(Integer v) {
            idPerType = v == null ? idPerType : v;
            return this;
        }

        Builder oodPerType(Integer v) {
            oodPerType = v == null ? oodPerType : v;
            return this;
        }

        Builder evalMaxTokens(Integer v) {
            evalMaxTokens = v == null ? evalMaxTokens : v;
            return this;
        }

        StudyPlan build() {
            return new StudyPlan(
                    size,
                    vocabSize,
                    pretrainSteps,
                    pretrainBatch,
                    maxSequence,
                    grpoSteps,
                    groupSize,
                    promptsPerStep,
                    grpoMaxTokens,
                    microBatch,
                    idPerType,
                    oodPerType,
                    evalMaxTokens);
        }
    }
}
