package org.puzzlelens.puzzles.core;

/** A record that cannot be read as an instance of its type; the message says what is wrong. */
public class MalformedRecordException extends RuntimeException {
    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
