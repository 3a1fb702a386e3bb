package org.puzzlelens.puzzles.algo.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/**
 * The map in words and as facts: each region's colour and the regions it borders. The outlines
 * themselves are not transcribed; a state rebuilt from facts keeps the true outlines.
 */
enum MapDescriber implements Describer<MapState> {
    INSTANCE;

    private static final String GUIDE = """
            For every numbered region of the map, state its colour and the regions it shares a border of non-zero \
            length with, one fact per line:
            colour <number> = <red, green, blue, yellow or white>
            borders <number> = <the neighbouring region numbers, comma-separated, e.g. 2,5,11>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(MapState s) {
        int n = s.regions().size();
        StringBuilder out = new StringBuilder("The image shows a square map divided into " + n
                + " regions, each numbered at its centre, with thin borders. Regions 1 to " + s.known()
                + " are coloured and regions " + (s.known() + 1) + " to " + n + " are white. ");
        for (int i = 1; i <= n; i++) {
            Region r = s.region(i);
            out.append("Region ")
                    .append(i)
                    .append(" is ")
                    .append(r.colour().word())
                    .append(" and borders ")
                    .append(r.neighbours().size() == 1 ? "region " : "regions ")
                    .append(words(r.neighbours()))
                    .append(". ");
        }
        return out.toString().trim();
    }

    private static String words(List<Integer> numbers) {
        List<String> parts = numbers.stream().map(String::valueOf).toList();
        return parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    @Override
    public List<Fact> facts(MapState s) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 1; i <= s.regions().size(); i++) {
            facts.add(Fact.of("colour " + i, s.region(i).colour().word()));
        }
        for (int i = 1; i <= s.regions().size(); i++) {
            facts.add(Fact.of(
                    "borders " + i,
                    String.join(
                            ",",
                            s.region(i).neighbours().stream()
                                    .map(String::valueOf)
                                    .toList())));
        }
        return facts;
    }

    @Override
    public Optional<MapState> fromFacts(MapState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<Region> regions = new ArrayList<>();
        try {
            for (int i = 1; i <= question.regions().size(); i++) {
                Optional<MapColour> colour = MapColour.parse(map.getOrDefault("colour " + i, ""));
                String borders = map.getOrDefault("borders " + i, "");
                if (colour.isEmpty() || !borders.matches("\\d+(,\\d+)*")) {
                    return Optional.empty();
                }
                TreeSet<Integer> neighbours = new TreeSet<>();
                for (String b : borders.split(",")) {
                    neighbours.add(Integer.parseInt(b));
                }
                regions.add(new Region(question.region(i).outline(), List.copyOf(neighbours), colour.get()));
            }
            return Optional.of(new MapState(regions));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
