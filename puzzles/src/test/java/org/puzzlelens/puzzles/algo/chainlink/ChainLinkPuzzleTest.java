package org.puzzlelens.puzzles.algo.chainlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

class ChainLinkPuzzleTest extends PuzzleTypeContract<ChainLinkState> {
    private static final ChainLinkPuzzle TYPE = new ChainLinkPuzzle();

    @Override
    protected PuzzleType<ChainLinkState> type() {
        return TYPE;
    }

    /**
     * The canvas is a fixed width, so the scale comes from the image width. Segment slots are read in
     * layout order until one is empty; a segment's links are counted on their bottom edges, and a
     * single link with a gap in its left side is open.
     */
    @Override
    protected ChainLinkState readPixels(BufferedImage image, ChainLinkState q) {
        Pixels px = new Pixels(image, image.getWidth() / ChainLinkRenderer.WIDTH);
        int open = 0;
        List<Integer> closed = new ArrayList<>(Collections.nCopies(ChainLinkState.LONGEST, 0));
        for (int i = 0; ChainLinkRenderer.segmentY(i) < image.getHeight() / px.scale(); i++) {
            double x = ChainLinkRenderer.segmentX(i);
            double y = ChainLinkRenderer.segmentY(i);
            int links = 0;
            while (px.near(
                    x + links * ChainLinkRenderer.STEP_X + 0.65 * ChainLinkRenderer.LINK_W,
                    y + links * ChainLinkRenderer.STEP_Y + ChainLinkRenderer.LINK_H,
                    ChainLinkRenderer.LINK,
                    90)) {
                links++;
            }
            if (links == 0) {
                break;
            }
            boolean gap = !px.near(x, y + ChainLinkRenderer.LINK_H / 2, ChainLinkRenderer.LINK, 90);
            if (links == 1 && gap) {
                open++;
            } else {
                closed.set(links - 1, closed.get(links - 1) + 1);
            }
        }
        return new ChainLinkState(open, closed, q.cutMinutes(), q.weldMinutes());
    }

    private static final Pattern COUNT =
            Pattern.compile("(\\d+) (?:single open links?|closed segments? of (\\d) links?)");

    @Override
    protected ChainLinkState parseDescription(String description, ChainLinkState q) {
        Matcher m = COUNT.matcher(description);
        int open = 0;
        List<Integer> closed = new ArrayList<>(Collections.nCopies(ChainLinkState.LONGEST, 0));
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                open = n;
            } else {
                closed.set(Integer.parseInt(m.group(2)) - 1, n);
            }
        }
        return new ChainLinkState(open, closed, q.cutMinutes(), q.weldMinutes());
    }

    /**
     * Independent check: try every sequence of cuts, of any link of any closed segment (a middle link
     * splits the segment in two), and keep the cheapest state where the open links can close a loop
     * around the closed segments; every open link is welded.
     */
    @Property(tries = 300)
    void greedyMatchesExhaustiveSearchOverCuts(
            @ForAll @IntRange(min = 0, max = 2) int open,
            @ForAll @Size(5) List<@IntRange(min = 0, max = 2) Integer> closed,
            @ForAll @IntRange(min = 1, max = 6) int cut,
            @ForAll @IntRange(min = 1, max = 6) int weld) {
        int segments = open + closed.stream().mapToInt(Integer::intValue).sum();
        if (segments < 2 || segments > 6) {
            return;
        }
        ChainLinkState s = new ChainLinkState(open, closed, cut, weld);
        List<Integer> lengths = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            lengths.addAll(Collections.nCopies(closed.get(k - 1), k));
        }
        int best = cheapest(lengths, open, 0, cut, weld, new HashMap<>());
        assertThat(ChainLinkSolver.solve(s).answer()).isEqualTo(Integer.toString(best));
    }

    private static int cheapest(
            List<Integer> closed, int open, int cuts, int cut, int weld, Map<String, Integer> memo) {
        List<Integer> sorted = new ArrayList<>(closed);
        Collections.sort(sorted);
        String key = sorted + "/" + open + "/" + cuts;
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        // A loop alternating closed segments and groups of open links needs an open link per closed segment.
        int best = open >= closed.size() ? cuts * cut + open * weld : Integer.MAX_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            int length = sorted.get(i);
            for (int position = 0; position < length; position++) {
                List<Integer> next = new ArrayList<>(sorted);
                next.remove(i);
                if (position > 0) {
                    next.add(position);
                }
                if (length - 1 - position > 0) {
                    next.add(length - 1 - position);
                }
                best = Math.min(best, cheapest(next, open + 1, cuts + 1, cut, weld, memo));
            }
        }
        memo.put(key, best);
        return best;
    }

    @Test
    void questionAndStepsMatchAReleasedRecord() {
        ChainLinkState s = new ChainLinkState(3, List.of(2, 1, 1, 3, 2), 5, 2);
        assertThat(TYPE.question(s))
                .isEqualTo("Alice has 12 segments of chains of different lengths as shown in the "
                        + "image. The total length of all the segments combined is 32 pieces. She has a saw machine with which "
                        + "a closed piece can be cut opened. She also has a welding machine with which an open piece can be "
                        + "closed. Each cut takes 5 minutes and each welding takes 2 minutes. Initially, she has 3 segments "
                        + "each with 1 open piece as shown in the image. All the other pieces are closed. She now wants to make "
                        + "the longest possible necklace using all the available 32 pieces. Each piece in the necklace would be "
                        + "connected to exactly two other pieces. This would require cutting open some pieces and then joining "
                        + "all the resulting segments together. What is the minimum time in which she can create the "
                        + "necklace?");
        var solution = ChainLinkSolver.solve(s);
        assertThat(solution.answer()).isEqualTo("34");
        assertThat(solution.fields().get("steps").toString())
                .isEqualTo("[[3,2,1,1,3,2],[4,1,1,1,3,2],[5,0,1,1,3,2],[6,1,0,1,3,2],[7,0,0,1,3,2]]");
    }

    @Test
    void questionWordsOneAndNoOpenLinksAsReleased() {
        assertThat(TYPE.question(new ChainLinkState(1, List.of(0, 1, 4, 2, 0), 3, 3)))
                .contains(" Initially, she has 1 segment with 1 open piece as shown in the image. All the other "
                        + "pieces are closed. She now");
        assertThat(TYPE.question(new ChainLinkState(0, List.of(3, 0, 3, 1, 2), 3, 3)))
                .contains(" Initially, there are no open pieces in any of the segments. She now");
    }
}
