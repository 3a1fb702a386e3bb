package org.puzzlelens.puzzles.algo.map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Counts the proper completions by backtracking over the white regions in number order, trying only
 * colours no already-coloured neighbour has.
 */
final class MapSolver {
    /** Complete maps spelled out in the trace; the rest are only counted. */
    private static final int LISTED_MAPS = 10;

    private MapSolver() {}

    /** Every proper colouring of the white regions, each listing their colours in number order. */
    static List<List<MapColour>> completions(MapState s) {
        return completions(s, Integer.MAX_VALUE);
    }

    /** The first {@code limit} proper colourings of the white regions (all of them if there are fewer). */
    static List<List<MapColour>> completions(MapState s, int limit) {
        List<MapColour> colours =
                new ArrayList<>(s.regions().stream().map(Region::colour).toList());
        List<List<MapColour>> found = new ArrayList<>();
        extend(s, colours, s.known() + 1, found, limit);
        return found;
    }

    private static void extend(
            MapState s, List<MapColour> colours, int number, List<List<MapColour>> found, int limit) {
        if (found.size() >= limit) {
            return;
        }
        if (number > s.regions().size()) {
            found.add(List.copyOf(colours.subList(s.known(), colours.size())));
            return;
        }
        for (MapColour c : MapColour.PAINTS) {
            if (s.region(number).neighbours().stream().noneMatch(j -> colours.get(j - 1) == c)) {
                colours.set(number - 1, c);
                extend(s, colours, number + 1, found, limit);
                colours.set(number - 1, MapColour.WHITE);
            }
        }
    }

    static Solution solve(MapState s) {
        List<List<MapColour>> maps = completions(s);
        int known = s.known();
        int n = s.regions().size();
        Trace trace = new Trace();
        trace.add("Regions 1 to %d are coloured; regions %d to %d are white.", known, known + 1, n);
        for (int number = known + 1; number <= n; number++) {
            List<String> coloured = new ArrayList<>();
            List<String> white = new ArrayList<>();
            List<MapColour> left = new ArrayList<>(MapColour.PAINTS);
            for (int j : s.region(number).neighbours()) {
                MapColour c = s.region(j).colour();
                if (c == MapColour.WHITE) {
                    white.add(Integer.toString(j));
                } else {
                    coloured.add(j + " (" + c.word() + ")");
                    left.remove(c);
                }
            }
            trace.add(
                    "Region %d borders %s%s, so it can only be %s.",
                    number,
                    coloured.isEmpty() ? "no coloured region" : String.join(", ", coloured),
                    white.isEmpty() ? "" : " and white " + String.join(", ", white),
                    left.isEmpty()
                            ? "nothing"
                            : left.stream().map(MapColour::word).collect(Collectors.joining(" or ")));
        }
        trace.add(
                "Colouring the white regions in order and skipping any colour a neighbour already has gives %d "
                        + "complete map%s:",
                maps.size(), maps.size() == 1 ? "" : "s");
        for (int m = 0; m < Math.min(LISTED_MAPS, maps.size()); m++) {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < maps.get(m).size(); k++) {
                parts.add((known + 1 + k) + " " + maps.get(m).get(k).word());
            }
            trace.add("Map %d: %s.", m + 1, String.join(", ", parts));
        }
        if (maps.size() > LISTED_MAPS) {
            trace.add("... and %d more.", maps.size() - LISTED_MAPS);
        }
        trace.add("Answer: %d", maps.size());
        return new Solution(Integer.toString(maps.size()), trace.lines(), fields(s, maps));
    }

    private static ObjectNode fields(MapState s, List<List<MapColour>> maps) {
        ObjectNode fields = Json.object();
        ObjectNode vertices = fields.putObject("polygon_vertices");
        ArrayNode adjacency = fields.putArray("polygon_adjacency_list");
        ObjectNode known = fields.putObject("known_colours");
        for (int i = 1; i <= s.regions().size(); i++) {
            Region r = s.region(i);
            ArrayNode outline = vertices.putArray(Integer.toString(i));
            r.outline().forEach(p -> outline.addArray().add(p.x()).add(p.y()));
            for (int j : r.neighbours()) {
                adjacency.addArray().add(i).add(j);
            }
            if (r.colour() != MapColour.WHITE) {
                known.put(Integer.toString(i), r.colour().released());
            }
        }
        ArrayNode possible = fields.putArray("possible_colours_of_unknown");
        for (List<MapColour> map : maps) {
            ObjectNode one = possible.addObject();
            for (int k = 0; k < map.size(); k++) {
                one.put(Integer.toString(s.known() + 1 + k), map.get(k).released());
            }
        }
        fields.put("unique_maps", maps.size());
        fields.put("total_regions", s.regions().size());
        ArrayNode knownRegions = fields.putArray("known_regions");
        ArrayNode unknownRegions = fields.putArray("unknown_regions");
        for (int i = 1; i <= s.regions().size(); i++) {
            (i <= s.known() ? knownRegions : unknownRegions).add(i);
        }
        return fields;
    }
}
