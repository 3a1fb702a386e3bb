package org.puzzlelens.rewards;

import org.puzzlelens.puzzles.chat.AnswerRead;
import org.puzzlelens.puzzles.chat.TaggedCompletion;
import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.rewards.metrics.Behaviour;

/**
 * Everything read from one completion against one target, computed once so that every design and
 * component scores from the same reading.
 *
 * @param perception the description's facts graded against the true facts
 */
public record Evidence(
        RewardTarget target,
        TaggedCompletion completion,
        AnswerRead answer,
        Behaviour behaviour,
        FactScore perception) {
    public boolean correct() {
        return answer.found() && answer.option() == target.answerIndex();
    }
}
