package org.puzzlelens.puzzles.algo.rubikscube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class RubiksCubePuzzleTest extends PuzzleTypeContract<RubiksCubeState> {
    private static final RubiksCubePuzzle TYPE = new RubiksCubePuzzle();
    private static final Cube SOLVED = Cube.solved(Arrays.asList(CubeColour.values()));

    @Override
    protected PuzzleType<RubiksCubeState> type() {
        return TYPE;
    }

    /** Reads each sticker's colour at its centre and takes the nearest of the six palette colours. */
    @Override
    protected RubiksCubeState readPixels(BufferedImage image, RubiksCubeState q) {
        Pixels px = Pixels.of(image, RubiksCubeRenderer.CANVAS);
        List<List<List<CubeColour>>> faces = new ArrayList<>();
        for (Face f : Face.values()) {
            Point2D o = RubiksCubeRenderer.origin(f);
            List<List<CubeColour>> face = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                List<CubeColour> row = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    Color seen = px.at(
                            o.getX() + (c + 0.5) * RubiksCubeRenderer.STICKER,
                            o.getY() + (r + 0.5) * RubiksCubeRenderer.STICKER);
                    row.add(Arrays.stream(CubeColour.values())
                            .min(Comparator.comparingInt(k -> Pixels.distance(seen, k.rgb)))
                            .orElseThrow());
                }
                face.add(row);
            }
            faces.add(face);
        }
        return new RubiksCubeState(faces, q.moves(), q.queryFace(), q.queryColour());
    }

    private static final Pattern FACE = Pattern.compile("(Up|Left|Front|Right|Back|Down) face: ([a-z /]+)\\.");

    @Override
    protected RubiksCubeState parseDescription(String description, RubiksCubeState q) {
        Matcher m = FACE.matcher(description);
        List<List<List<CubeColour>>> faces =
                new ArrayList<>(List.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        while (m.find()) {
            List<List<CubeColour>> face = new ArrayList<>();
            for (String row : m.group(2).split(" / ")) {
                face.add(Arrays.stream(row.split(" ")).map(CubeColour::of).toList());
            }
            faces.set(Face.of(m.group(1)).ordinal(), face);
        }
        return new RubiksCubeState(faces, q.moves(), q.queryFace(), q.queryColour());
    }

    private static List<Move> moves(List<Integer> codes) {
        return codes.stream()
                .map(code -> new Move(Face.values()[code % 6], code / 6 + 1))
                .toList();
    }

    private static Cube scrambled(List<Integer> codes) {
        return SOLVED.apply(moves(codes));
    }

    @Property
    void aSequenceFollowedByItsInverseRestoresTheCube(
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 17) Integer> scramble,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 17) Integer> sequence) {
        Cube start = scrambled(scramble);
        List<Move> forward = moves(sequence);
        List<Move> backward = new ArrayList<>();
        for (int i = forward.size() - 1; i >= 0; i--) {
            backward.add(forward.get(i).inverse());
        }
        assertThat(start.apply(forward).apply(backward)).isEqualTo(start);
    }

    @Property
    void fourQuarterTurnsAreTheIdentityAndOneIsNot(
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 17) Integer> scramble,
            @ForAll @IntRange(min = 0, max = 5) int face) {
        Cube start = scrambled(scramble);
        Move quarter = new Move(Face.values()[face], 1);
        assertThat(start.apply(List.of(quarter, quarter, quarter, quarter))).isEqualTo(start);
        assertThat(SOLVED.turn(quarter)).isNotEqualTo(SOLVED);
        assertThat(start.turn(new Move(Face.values()[face], 2))).isEqualTo(start.apply(List.of(quarter, quarter)));
    }

    /** Turns only move stickers: each colour keeps nine stickers and the six centres never move. */
    @Property
    void turnsPermuteStickersAndKeepCentres(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 17) Integer> codes) {
        Cube c = scrambled(codes);
        for (Face f : Face.values()) {
            assertThat(c.face(f).get(1).get(1)).isEqualTo(SOLVED.face(f).get(1).get(1));
        }
        for (CubeColour colour : CubeColour.values()) {
            assertThat(Arrays.stream(Face.values())
                            .mapToInt(f -> c.count(f, colour))
                            .sum())
                    .isEqualTo(9);
        }
    }

    /** The solver's strip cycles (written into the trace) are what the simulator does. */
    @Test
    void traceCyclesMatchTheSimulator() {
        for (Face turning : Face.values()) {
            Cube after = SOLVED.turn(new Move(turning, 1));
            String[] hops = RubiksCubeSolver.cycle(turning).split(" -> ");
            for (int i = 0; i + 1 < hops.length; i++) {
                Face from = Face.of(hops[i].split(" ")[0]);
                String[] to = hops[i + 1].split(" ");
                List<CubeColour> strip = strip(after, Face.of(to[0]), to[1], to[2]);
                assertThat(strip)
                        .as(turning + ": " + hops[i] + " -> " + hops[i + 1])
                        .containsOnly(SOLVED.face(from).get(1).get(1));
            }
        }
    }

    private static List<CubeColour> strip(Cube c, Face f, String which, String kind) {
        int index = switch (which) {
            case "top", "left" -> 0;
            default -> 2;
        };
        List<CubeColour> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(
                    kind.equals("row")
                            ? c.face(f).get(index).get(i)
                            : c.face(f).get(i).get(index));
        }
        return out;
    }

    /** Known states: the simulator takes every released start_position to its end_position. */
    @Test
    void releasedStartPositionsReachTheReleasedEndPositions() throws Exception {
        for (var line : ReleasedRecords.of(TYPE)) {
            RubiksCubeState s = line.state();
            JsonNode end = line.solution().get("end_position");
            assertThat(RubiksCubeSolver.position(s.cube().apply(s.moves()))).isEqualTo(end);
        }
    }

    @Test
    void notationRoundTrips() {
        assertThat(Move.notation(Move.parse("U3 D2 F"))).isEqualTo("U3 D2 F");
        assertThat(Move.parse("R'")).containsExactly(new Move(Face.RIGHT, 3));
    }

    @Test
    void questionMatchesTheReleasedWording() {
        RubiksCubeState s = new RubiksCubeState(SOLVED.faces(), Move.parse("U3 D3 U"), Face.FRONT, CubeColour.GREEN);
        assertThat(TYPE.question(s))
                .isEqualTo("A 3 * 3 Rubik's Cube has six different coloured panels: red, green, "
                        + "blue, yellow, orange, and grey. The initial state of the cube in terms of the different colour "
                        + "positions in its six faces is shown in the image. To represent the movements of the cube we use six "
                        + "letters: U for Up, D for Down, L for Left, R for Right, F for Front, B for Back. These letters are "
                        + "used in sequence where you need to perform each letter in the sequence from left to right. Each "
                        + "letter tells you to move that face clockwise by 90 degrees. A number 'n' immediately after a "
                        + "letter denotes that you need to move that face clockwise by 90 * n degrees. For example, 'U R3' "
                        + "would mean rotating the up face 90 degrees clockwise and then rotating the right face 270 degrees "
                        + "clockwise. You perform the move sequence 'U3 D3 U' starting from the state shown in the image. "
                        + "What would be the number of small 1 * 1 green squares in the front face after completing the move "
                        + "sequence?");
    }
}
