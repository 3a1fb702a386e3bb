package org.puzzlelens.puzzles.algo.rubikscube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A 3 x 3 cube's stickers, face by face as drawn in the net. Turns are computed geometrically: every
 * sticker in the turning layer has its position and normal rotated a quarter turn about the face's
 * normal, then is written back at the face and cell found at its new place.
 *
 * @param faces indexed by {@link Face#ordinal()}, each 3 rows of 3
 */
record Cube(List<List<List<CubeColour>>> faces) {
    Cube {
        if (faces.size() != Face.values().length) {
            throw new IllegalArgumentException("a cube has six faces, got " + faces.size());
        }
        for (List<List<CubeColour>> face : faces) {
            if (face.size() != 3
                    || face.stream()
                            .anyMatch(row -> row.size() != 3 || row.stream().anyMatch(Objects::isNull))) {
                throw new IllegalArgumentException("each face is 3 x 3 stickers");
            }
        }
        faces = faces.stream().map(f -> f.stream().map(List::copyOf).toList()).toList();
    }

    /** A solved cube with face colours given in {@link Face} order. */
    static Cube solved(List<CubeColour> faceColours) {
        List<List<List<CubeColour>>> faces = new ArrayList<>();
        for (CubeColour c : faceColours) {
            faces.add(List.of(List.of(c, c, c), List.of(c, c, c), List.of(c, c, c)));
        }
        return new Cube(faces);
    }

    List<List<CubeColour>> face(Face f) {
        return faces.get(f.ordinal());
    }

    Cube turn(Move m) {
        Cube c = this;
        for (int i = 0; i < m.quarterTurns(); i++) {
            c = c.quarterTurn(m.face());
        }
        return c;
    }

    Cube apply(List<Move> moves) {
        Cube c = this;
        for (Move m : moves) {
            c = c.turn(m);
        }
        return c;
    }

    int count(Face f, CubeColour colour) {
        return (int)
                face(f).stream().flatMap(List::stream).filter(c -> c == colour).count();
    }

    private Cube quarterTurn(Face turning) {
        int[] axis = turning.normal();
        CubeColour[][][] next = new CubeColour[6][3][3];
        for (Face f : Face.values()) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    int[] pos = f.position(r, c);
                    CubeColour colour = face(f).get(r).get(c);
                    if (dot(pos, axis) != 1) {
                        next[f.ordinal()][r][c] = colour;
                        continue;
                    }
                    Face to = faceWithNormal(clockwise(f.normal(), axis));
                    int[] cell = cellAt(to, clockwise(pos, axis));
                    next[to.ordinal()][cell[0]][cell[1]] = colour;
                }
            }
        }
        List<List<List<CubeColour>>> faces = new ArrayList<>();
        for (CubeColour[][] face : next) {
            faces.add(Arrays.stream(face).map(List::of).toList());
        }
        return new Cube(faces);
    }

    /** Rotates v a quarter turn clockwise as seen from the tip of the unit axis n: -(n x v) + (n.v) n. */
    private static int[] clockwise(int[] v, int[] n) {
        int d = dot(n, v);
        return new int[] {
            -(n[1] * v[2] - n[2] * v[1]) + d * n[0],
            -(n[2] * v[0] - n[0] * v[2]) + d * n[1],
            -(n[0] * v[1] - n[1] * v[0]) + d * n[2]
        };
    }

    private static int dot(int[] a, int[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static Face faceWithNormal(int[] n) {
        for (Face f : Face.values()) {
            if (Arrays.equals(f.normal(), n)) {
                return f;
            }
        }
        throw new IllegalStateException("no face with normal " + Arrays.toString(n));
    }

    private static int[] cellAt(Face f, int[] pos) {
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (Arrays.equals(f.position(r, c), pos)) {
                    return new int[] {r, c};
                }
            }
        }
        throw new IllegalStateException("no sticker of " + f + " at " + Arrays.toString(pos));
    }
}
