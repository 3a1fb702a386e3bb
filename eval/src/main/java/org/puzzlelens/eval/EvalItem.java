package org.puzzlelens.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleType;

/**
 * One instance to evaluate, whichever file it came from.
 *
 * @param id unique within its type: our record id, or the released image's file stem
 * @param answerIndex position of the gold answer among {@code options}
 * @param description the textual description; null when neither the record has one nor its state
 *     could be rebuilt (then only the image conditions can run)
 * @param state the puzzle state, null when it could not be rebuilt from the record
 * @param image the image file, null when the record names none (it may not exist on disk)
 * @param where file and line, for messages
 */
public record EvalItem(
        String id,
        PuzzleType<?> type,
        String question,
        List<String> options,
        int answerIndex,
        String description,
        Record state,
        Path image,
        String where) {
    public EvalItem {
        options = List.copyOf(options);
        if (answerIndex < 0 || answerIndex >= options.size()) {
            throw new IllegalArgumentException(where + ": answer index " + answerIndex + " outside " + options);
        }
    }

    public String typeName() {
        return type.info().name();
    }

    public String answer() {
        return options.get(answerIndex);
    }

    public char answerLetter() {
        return Options.letter(answerIndex);
    }

    /** Why this item cannot be shown under a condition, or empty when it can. */
    public Optional<String> cannotRun(Condition condition) {
        if (condition.usesDescription() && description == null) {
            return Optional.of("no description (the state could not be rebuilt from the record)");
        }
        if (condition == Condition.TRANSCRIBE && state == null) {
            return Optional.of("no state to score a transcription against");
        }
        return Optional.empty();
    }

    public boolean imageMissing() {
        return image == null || !Files.isRegularFile(image);
    }

    /** The true facts; requires the state. */
    public List<Fact> facts() {
        return Typed.facts(type, requireState());
    }

    /** Our solver's answer on the state rebuilt from transcribed facts; empty when they do not make a valid state. */
    public Optional<String> solveFromFacts(List<Fact> facts) {
        return Typed.solveFromFacts(type, requireState(), facts);
    }

    /** Whether an answer string means the gold answer. */
    public boolean isGold(String answer) {
        return type.sameAnswer(answer, answer());
    }

    /** The option position that means {@code answer}, or -1. */
    public int optionIndex(String answer) {
        for (int i = 0; i < options.size(); i++) {
            if (type.sameAnswer(options.get(i), answer)) {
                return i;
            }
        }
        return -1;
    }

    private Record requireState() {
        if (state == null) {
            throw new IllegalStateException(where + ": the puzzle state could not be rebuilt from this record");
        }
        return state;
    }

    /** Calls the typed methods of a {@link PuzzleType} with a state held as {@link Record}. */
    private static final class Typed {
        static <S extends Record> List<Fact> facts(PuzzleType<S> type, Record state) {
            return type.facts(type.stateType().cast(state));
        }

        static <S extends Record> Optional<String> solveFromFacts(PuzzleType<S> type, Record state, List<Fact> facts) {
            try {
                return type.fromFacts(type.stateType().cast(state), facts)
                        .map(s -> type.solve(s).answer());
            } catch (RuntimeException e) {
                // a transcription may describe a state the solver rejects: that is an insufficient one
                return Optional.empty();
            }
        }
    }
}
