package org.puzzlelens.puzzles.algo.rubikscube;

import java.util.ArrayList;
import java.util.List;

/**
 * A face turn in the released notation: the letter turns the face 90 degrees clockwise (looking at
 * that face), a digit n after it turns it n times; X2 is a half turn, X3 the released way of writing X'.
 */
public record Move(Face face, int quarterTurns) {
    public Move {
        if (face == null || quarterTurns < 1 || quarterTurns > 3) {
            throw new IllegalArgumentException("a move turns a face 1..3 quarter turns, got " + quarterTurns);
        }
    }

    /** The inverse turn: X undoes X3, X2 undoes itself. */
    Move inverse() {
        return new Move(face, 4 - quarterTurns);
    }

    @Override
    public String toString() {
        return face.letter + (quarterTurns == 1 ? "" : Integer.toString(quarterTurns));
    }

    static String notation(List<Move> moves) {
        return String.join(" ", moves.stream().map(Move::toString).toList());
    }

    /** Parses "U3 D2 F" (an apostrophe is read as three quarter turns). */
    static List<Move> parse(String text) {
        List<Move> moves = new ArrayList<>();
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty() || !token.matches("[UDLRFB](?:[123']?)")) {
                throw new IllegalArgumentException("not a move: '" + token + "'");
            }
            String rest = token.substring(1);
            int turns = rest.isEmpty() ? 1 : rest.equals("'") ? 3 : Integer.parseInt(rest);
            moves.add(new Move(Face.ofLetter(token.charAt(0)), turns));
        }
        return moves;
    }
}
