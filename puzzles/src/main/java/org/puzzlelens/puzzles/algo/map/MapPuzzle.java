package org.puzzlelens.puzzles.algo.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code map}: how many proper four-colourings complete a partly coloured Voronoi map. */
public final class MapPuzzle extends PuzzleParts<MapState> {
    private static final TypeInfo INFO = TypeInfo.of(
                    "map",
                    Suite.ALGOPUZZLEVQA,
                    "count the proper four-colourings that complete a partly coloured map",
                    MapGenerator.PARAMS,
                    Tag.Col,
                    Tag.Pos,
                    Tag.Sh,
                    Tag.Tx,
                    Tag.Ar,
                    Tag.Bo,
                    Tag.Co,
                    Tag.Gr,
                    Tag.Se)
            .withRules(MapGenerator.RULES);

    public MapPuzzle() {
        super(
                INFO,
                MapGenerator::generate,
                MapSolver::solve,
                state -> MapRenderer.CANVAS,
                MapRenderer::draw,
                MapDescriber.INSTANCE);
    }

    /** The released wording, its slots filled below. */
    private static final String QUESTION = """
            You are given an incomplete map of a country having %s different regions. The objective is to colour \
            the regions of the map using only the four available colours: red, green, blue and yellow, such that \
            no two adjacent regions have the same colour. Adjacent regions are defined as two regions that share \
            a common boundary of non-zero length. The regions indicated by numbers 1 to %s have already been \
            coloured, as shown in the image. The regions indicated by numbers %s to %s are shown in white as \
            they are yet to be coloured. You need to assign colours to these regions in a way such that it \
            doesn't violate the objective. Each unique colour combination of the regions would result in a \
            unique complete map. How many unique complete maps can be created by colouring all the white regions \
            starting from the given incomplete map?""";

    @Override
    public String question(MapState s) {
        int n = s.regions().size();
        return QUESTION.formatted(n, s.known(), s.known() + 1, n);
    }

    /** Outlines from {@code polygon_vertices}, borders from {@code polygon_adjacency_list}, colours from {@code known_colours}. */
    @Override
    public MapState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        int n = Released.integer(solution, "total_regions");
        JsonNode vertices = Released.node(solution, "polygon_vertices");
        JsonNode knownColours = Released.node(solution, "known_colours");
        List<TreeSet<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new TreeSet<>());
        }
        for (JsonNode pair : Released.node(solution, "polygon_adjacency_list")) {
            int a = pair.path(0).asInt();
            int b = pair.path(1).asInt();
            if (pair.size() != 2 || a < 1 || b < 1 || a > n || b > n) {
                throw new MalformedRecordException("bad pair in 'polygon_adjacency_list': " + pair);
            }
            neighbours.get(a - 1).add(b);
            neighbours.get(b - 1).add(a);
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            List<Point> outline = new ArrayList<>();
            for (JsonNode xy : Released.node(vertices, Integer.toString(i))) {
                outline.add(new Point(xy.path(0).asDouble(), xy.path(1).asDouble()));
            }
            JsonNode colour = knownColours.get(Integer.toString(i));
            MapColour c = colour == null
                    ? MapColour.WHITE
                    : MapColour.parse(colour.asText())
                            .orElseThrow(() -> new MalformedRecordException(
                                    "unknown colour '" + colour.asText() + "' in 'known_colours'"));
            regions.add(new Region(outline, List.copyOf(neighbours.get(i - 1)), c));
        }
        return new MapState(regions);
    }
}
