package org.puzzlelens.eval.run;

import java.util.List;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.puzzles.chat.AnswerRead;
import org.puzzlelens.puzzles.chat.AnswerReader;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Options;

/** Grades a completion: the option chosen, or under transcribe the facts and what our solver makes of them. */
final class Scorer {
    private Scorer() {}

    /** The grade of one completion, before it becomes a result line. */
    public sealed interface Grade {}

    /**
     * @param index the chosen option, -1 when unparseable
     * @param method the reader's rule, e.g. {@code answer_block/letter}
     */
    public record Answered(int index, String method) implements Grade {
        public boolean unparseable() {
            return index < 0;
        }
    }

    public record Transcribed(EvalResult.Transcription transcription) implements Grade {}

    public static Grade grade(EvalItem item, Condition condition, String text) {
        if (condition == Condition.TRANSCRIBE) {
            List<Fact> claimed = Facts.parse(text);
            String solved = item.solveFromFacts(claimed).orElse(null);
            return new Transcribed(new EvalResult.Transcription(
                    Facts.score(item.facts(), claimed), solved, solved != null && item.isGold(solved)));
        }
        AnswerRead read = AnswerReader.read(text, item.type(), item.options());
        return new Answered(read.option(), read.found() ? read.rule() : EvalResult.UNPARSEABLE);
    }

    /** Builds the result line of a graded completion. */
    static EvalResult result(ResultKey key, String settings, EvalItem item, Exchange exchange, Grade grade) {
        String choice = null;
        String method = null;
        boolean correct;
        EvalResult.Transcription transcription = null;
        switch (grade) {
            case Answered a -> {
                choice = a.unparseable() ? null : String.valueOf(Options.letter(a.index()));
                method = a.method();
                correct = a.index() == item.answerIndex();
            }
            case Transcribed t -> {
                transcription = t.transcription();
                correct = transcription.sufficient();
            }
        }
        return new EvalResult(
                key.model(),
                settings,
                key.condition(),
                key.type(),
                key.instance(),
                key.sample(),
                EvalResult.OK,
                item.options().size(),
                String.valueOf(item.answerLetter()),
                exchange.response(),
                exchange.followUp(),
                choice,
                method,
                exchange.followUp() == null ? null : Boolean.TRUE,
                correct,
                transcription,
                null,
                exchange.attempts(),
                exchange.latencyMs(),
                exchange.usage().inputTokens(),
                exchange.usage().outputTokens());
    }

    static EvalResult failure(
            ResultKey key, String settings, EvalItem item, String error, int attempts, long latencyMs) {
        return new EvalResult(
                key.model(),
                settings,
                key.condition(),
                key.type(),
                key.instance(),
                key.sample(),
                EvalResult.FAILED,
                item.options().size(),
                String.valueOf(item.answerLetter()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                error,
                attempts,
                latencyMs,
                0,
                0);
    }
}
