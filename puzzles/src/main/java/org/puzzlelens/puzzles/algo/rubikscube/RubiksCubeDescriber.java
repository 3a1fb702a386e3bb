package org.puzzlelens.puzzles.algo.rubikscube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The net in words and as facts: every sticker's colour, face by face, as drawn. */
enum RubiksCubeDescriber implements Describer<RubiksCubeState> {
    INSTANCE;

    private static final String GUIDE = """
            State the colour of every sticker of the net, one fact per line, as the face is drawn
            (row 1 at the top, column 1 at the left):
            <face> r<row>c<column> = <colour>
            faces: up, left, front, right, back, down; rows and columns 1..3;
            colours: grey, yellow, green, blue, orange, red. Example: front r1c3 = red""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(RubiksCubeState s) {
        Cube cube = s.cube();
        StringBuilder out = new StringBuilder("The image shows the six faces of a 3 x 3 Rubik's cube unfolded as a "
                + "net, each face titled above it: Up at the top, above Front; Left, Front, Right and Back side by "
                + "side in the middle row; Down at the bottom, below Front. Each face is read as drawn, rows from "
                + "top to bottom, separated by slashes, stickers left to right.");
        for (Face f : Face.values()) {
            out.append(' ')
                    .append(f.title())
                    .append(" face: ")
                    .append(RubiksCubeSolver.rows(cube, f))
                    .append('.');
        }
        return out.toString();
    }

    static String key(Face f, int row, int col) {
        return f.word() + " r" + (row + 1) + "c" + (col + 1);
    }

    @Override
    public List<Fact> facts(RubiksCubeState s) {
        List<Fact> facts = new ArrayList<>();
        for (Face f : Face.values()) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    facts.add(Fact.of(
                            key(f, r, c),
                            s.start().get(f.ordinal()).get(r).get(c).word()));
                }
            }
        }
        return facts;
    }

    @Override
    public Optional<RubiksCubeState> fromFacts(RubiksCubeState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<List<CubeColour>>> faces = new ArrayList<>();
        try {
            for (Face f : Face.values()) {
                List<List<CubeColour>> face = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    List<CubeColour> row = new ArrayList<>();
                    for (int c = 0; c < 3; c++) {
                        row.add(CubeColour.of(map.getOrDefault(key(f, r, c), "")));
                    }
                    face.add(row);
                }
                faces.add(face);
            }
            return Optional.of(
                    new RubiksCubeState(faces, question.moves(), question.queryFace(), question.queryColour()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
