package org.puzzlelens.puzzles.algo.waterjugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The jugs in words and as facts: each jug's capacity and the water it holds at the start. */
enum WaterJugsDescriber implements Describer<WaterJugsState> {
    INSTANCE;

    private static final String GUIDE = """
            State every jug, numbered 1, 2, ... from the left, one fact per line:
            jug <n> capacity = <the jug's height in litres on the y axis>
            jug <n> water = <the litres of blue water in it, 0 if empty>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(WaterJugsState s) {
        StringBuilder out = new StringBuilder("The image is a bar chart of ")
                .append(s.jugs())
                .append(" jugs, labelled Jug 1 to Jug ")
                .append(s.jugs())
                .append(" from left to right, against a y axis of quantity in litres. Each jug is drawn as an open "
                        + "black outline as tall as its capacity, with the water it holds shaded blue.");
        for (int jug = 0; jug < s.jugs(); jug++) {
            out.append(" Jug ")
                    .append(jug + 1)
                    .append(" holds ")
                    .append(s.start().get(jug))
                    .append(" of ")
                    .append(s.capacities().get(jug))
                    .append(" litres.");
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(WaterJugsState s) {
        List<Fact> facts = new ArrayList<>();
        for (int jug = 0; jug < s.jugs(); jug++) {
            facts.add(Fact.of("jug " + (jug + 1) + " capacity", s.capacities().get(jug)));
            facts.add(Fact.of("jug " + (jug + 1) + " water", s.start().get(jug)));
        }
        return facts;
    }

    /** Capacities and start amounts from the facts; the goal amounts are the question's. */
    @Override
    public Optional<WaterJugsState> fromFacts(WaterJugsState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<Integer> capacities = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        try {
            for (int jug = 1; jug <= question.jugs(); jug++) {
                capacities.add(Integer.parseInt(map.getOrDefault("jug " + jug + " capacity", "")));
                start.add(Integer.parseInt(map.getOrDefault("jug " + jug + " water", "")));
            }
            WaterJugsState read = new WaterJugsState(capacities, start, question.end());
            return WaterJugsSolver.solvable(read) ? Optional.of(read) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
