package org.puzzlelens.cli;

/**
 * The sizes of a study: model, warm start, GRPO and test suites. Two presets, measured on a
 * shared 2-core CPU: {@link #standard()} fits 30 minutes with three designs, {@link #quick()} five.
 *
 * @param size the built-in model's size (small, mini, tiny)
 * @param idPerType held-out in-domain test instances per AlgoPuzzleVQA type
 * @param oodPerType out-of-domain test instances per PuzzleVQA type
 * @param grpoMaxTokens completion limit while training; evaluation allows {@code evalMaxTokens}
 */
record StudyPlan(String size, int vocabSize, int pretrainSteps, int pretrainBatch, int maxSequence, int grpoSteps,
        int groupSize, int promptsPerStep, int grpoMaxTokens, int idPerType, int oodPerType, int evalMaxTokens) {
    StudyPlan {
        if (pretrainSteps < 1 || grpoSteps < 1 || idPerType < 1 || oodPerType < 0) {
            throw new IllegalArgumentException("a study needs pretrain steps, GRPO steps and in-domain test instances "
                    + ">= 1, and out-of-domain test instances >= 0");
        }
    }

    static StudyPlan standard() {
        return new StudyPlan("lab", 512, 1500, 16, 320, 40, 8, 4, 112, 100, 5, 128);
    }

    static StudyPlan quick() {
        return new StudyPlan("lab", 512, 150, 16, 320, 4, 4, 2, 112, 10, 1, 128);
    }

    StudyPlan withSizes(Integer pretrain, Integer grpo, Integer id, Integer ood, String modelSize) {
        return new StudyPlan(modelSize == null ? size : modelSize, vocabSize, pretrain == null ? pretrainSteps : pretrain,
                pretrainBatch, maxSequence, grpo == null ? grpoSteps : grpo, groupSize, promptsPerStep, grpoMaxTokens,
                id == null ? idPerType : id, ood == null ? oodPerType : ood, evalMaxTokens);
    }

    /** Training instances per in-domain type: what the GRPO steps draw, in the trainer's order. */
    int trainPerType(int types) {
        return Math.ceilDiv(grpoSteps * promptsPerStep, types);
    }
}
