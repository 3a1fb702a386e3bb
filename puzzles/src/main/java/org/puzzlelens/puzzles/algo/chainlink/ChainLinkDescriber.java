package org.puzzlelens.puzzles.algo.chainlink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The chain pieces in words and as facts: how many segments of each kind the image shows. */
enum ChainLinkDescriber implements Describer<ChainLinkState> {
    INSTANCE;

    static final String OPEN_KEY = "open links";
    private static final String GUIDE = """
            Count the chain segments in the image, one fact per line (write 0 for a kind that is absent):
            open links = <single links drawn with a gap>
            closed length <k> = <closed segments of exactly k overlapping links>, for k = 1, 2, 3, 4, 5""";

    static String closedKey(int length) {
        return "closed length " + length;
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ChainLinkState s) {
        StringBuilder out = new StringBuilder("The image shows ")
                .append(s.segments())
                .append(" chain segments of yellow rounded links, ")
                .append(s.pieces())
                .append(" links in all, laid out four a row, open links first and then shortest first: ")
                .append(s.openLinks())
                .append(s.openLinks() == 1 ? " single open link" : " single open links")
                .append(" (drawn with a gap)");
        for (int k = 1; k <= ChainLinkState.LONGEST; k++) {
            int n = s.closedByLength().get(k - 1);
            out.append(k == ChainLinkState.LONGEST ? " and " : ", ")
                    .append(n)
                    .append(n == 1 ? " closed segment of " : " closed segments of ")
                    .append(k)
                    .append(k == 1 ? " link" : " links");
        }
        return out.append(". In a segment of several links each link passes through the next.")
                .toString();
    }

    @Override
    public List<Fact> facts(ChainLinkState s) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(OPEN_KEY, s.openLinks()));
        for (int k = 1; k <= ChainLinkState.LONGEST; k++) {
            facts.add(Fact.of(closedKey(k), s.closedByLength().get(k - 1)));
        }
        return facts;
    }

    @Override
    public Optional<ChainLinkState> fromFacts(ChainLinkState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        try {
            int open = Integer.parseInt(map.getOrDefault(OPEN_KEY, ""));
            List<Integer> closed = new ArrayList<>();
            for (int k = 1; k <= ChainLinkState.LONGEST; k++) {
                closed.add(Integer.parseInt(map.getOrDefault(closedKey(k), "")));
            }
            return Optional.of(new ChainLinkState(open, closed, question.cutMinutes(), question.weldMinutes()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
