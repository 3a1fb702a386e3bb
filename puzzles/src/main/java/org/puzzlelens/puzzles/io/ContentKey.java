package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * What makes two instances the same puzzle to a model, whatever their seeds and ids: the type, the
 * question and the state (as its JSON). Small state spaces (easy presets, clock, board_tile) repeat
 * states under different seeds, so train/test disjointness is checked on this key, not on ids.
 */
public final class ContentKey {
    private ContentKey() {}

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

    /**
     * Whether an instance's content lies in the held-out quarter of its type's content space: training
     * streams skip these, so that a type with few distinct states (the lab variants have hundreds) still
     * leaves test instances no model has seen. Decided by the content alone, the same on every machine.
     */
    public static boolean heldOut(PuzzleInstance instance) {
        // a digest, not String.hashCode: that polynomial's low bits follow the text's structure (the
        // length of a colour word, say), so its residues split a type's states by their answer
        byte[] digest = SHA256.get().digest(of(instance).getBytes(StandardCharsets.UTF_8));
        return Byte.toUnsignedInt(digest[0]) % HELD_OUT_ONE_IN == 0;
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    /** One instance in this many is held out of training. */
    public static final int HELD_OUT_ONE_IN = 4;
}
