package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * What makes two instances the same puzzle to a model, whatever their seeds and ids: the type, the
 * question and the state (as its JSON). Small state spaces (easy presets, clock, board_tile) repeat
 * states under different seeds, so train/test disjointness is checked on this key, not on ids.
 */
public final class ContentKey {
    private ContentKey() {
    }

    public static String of(PuzzleInstance instance) {
        return of(instance.typeName(), instance.question(), instance.state());
    }

    /** @param state the state record, or null when a released record carries none (then the question alone) */
    public static String of(String type, String question, Record state) {
        try {
            return type + '\n' + question + '\n' + (state == null ? "" : Json.MAPPER.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the state of a " + type + " as JSON: " + e.getMessage(), e);
        }
    }
}
