package org.puzzlelens.puzzles.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BreadthFirstSearchTest {
    /** A labelled edge; two edges may join the same pair of nodes. */
    private record Edge(int from, int label, int to) {}

    /** A random directed multigraph on {@code n} nodes, each node's edges in a fixed order. */
    private static List<List<Edge>> graph(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<List<Edge>> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<Edge> edges = new ArrayList<>();
            int degree = rng.nextInt(4);
            for (int i = 0; i < degree; i++) {
                edges.add(new Edge(v, i, rng.nextInt(n)));
            }
            out.add(edges);
        }
        return out;
    }

    /** Least edges from any start to each node by relaxing every edge n times; -1 where unreachable. */
    private static int[] bruteForceDistances(List<List<Edge>> graph, List<Integer> starts) {
        int n = graph.size();
        int[] dist = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        starts.forEach(s -> dist[s] = 0);
        for (int round = 0; round < n; round++) {
            for (List<Edge> edges : graph) {
                for (Edge e : edges) {
                    if (dist[e.from()] != Integer.MAX_VALUE) {
                        dist[e.to()] = Math.min(dist[e.to()], dist[e.from()] + 1);
                    }
                }
            }
        }
        return Arrays.stream(dist).map(d -> d == Integer.MAX_VALUE ? -1 : d).toArray();
    }

    private static List<Integer> starts(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(~seed);
        return IntStream.range(0, 1 + rng.nextInt(2))
                .mapToObj(i -> rng.nextInt(n))
                .toList();
    }

    @Property
    void depthsAndLayersMatchBruteForce(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll long seed) {
        List<List<Edge>> graph = graph(n, seed);
        List<Integer> starts = starts(n, seed);
        int[] dist = bruteForceDistances(graph, starts);
        var search = BreadthFirstSearch.search(starts, graph::get, Edge::to, v -> false, BreadthFirstSearch.UNBOUNDED);

        int deepest = Arrays.stream(dist).max().orElseThrow();
        assertThat(search.layers()).hasSize(deepest + 1);
        for (int v = 0; v < n; v++) {
            assertThat(search.reached(v)).isEqualTo(dist[v] >= 0);
            if (dist[v] >= 0) {
                assertThat(search.depth(v)).hasValue(dist[v]);
                assertThat(search.layers().get(dist[v])).containsOnlyOnce(v);
                assertThat(search.movesTo(v)).hasSize(dist[v]);
            } else {
                assertThat(search.depth(v)).isEmpty();
                int unreached = v;
                assertThatThrownBy(() -> search.pathTo(unreached)).isInstanceOf(IllegalArgumentException.class);
            }
        }
        assertThat(search.layers().stream().mapToInt(List::size).sum())
                .isEqualTo((int) Arrays.stream(dist).filter(d -> d >= 0).count());
    }

    @Property
    void pathsFollowEdgesFromAStartAndMatchTheirMoves(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll long seed) {
        List<List<Edge>> graph = graph(n, seed);
        List<Integer> starts = starts(n, seed);
        var search = BreadthFirstSearch.search(starts, graph::get, Edge::to, v -> false, BreadthFirstSearch.UNBOUNDED);
        for (List<Integer> layer : search.layers()) {
            for (int v : layer) {
                List<Integer> path = search.pathTo(v);
                List<Edge> moves = search.movesTo(v);
                assertThat(starts).contains(path.getFirst());
                assertThat(path.getLast()).isEqualTo(v);
                assertThat(path).hasSize(moves.size() + 1);
                for (int i = 0; i < moves.size(); i++) {
                    assertThat(graph.get(path.get(i))).contains(moves.get(i));
                    assertThat(moves.get(i).to()).isEqualTo(path.get(i + 1));
                }
            }
        }
    }

    /**
     * Discovery order: a node's predecessor is the earliest node of the previous layer with an edge to
     * it, through its earliest such edge, and each layer lists its nodes in the order of those edges.
     */
    @Property
    void discoveryFollowsLayerThenEdgeOrder(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll long seed) {
        List<List<Edge>> graph = graph(n, seed);
        var search = BreadthFirstSearch.search(
                starts(n, seed), graph::get, Edge::to, v -> false, BreadthFirstSearch.UNBOUNDED);
        for (int k = 1; k < search.layers().size(); k++) {
            List<Integer> previous = search.layers().get(k - 1);
            List<Edge> firstEdges = new ArrayList<>();
            List<Integer> expected = new ArrayList<>();
            for (int from : previous) {
                for (Edge e : graph.get(from)) {
                    if (search.depth(e.to()).getAsInt() == k && !expected.contains(e.to())) {
                        expected.add(e.to());
                        firstEdges.add(e);
                    }
                }
            }
            assertThat(search.layers().get(k)).containsExactlyElementsOf(expected);
            for (Edge e : firstEdges) {
                assertThat(search.movesTo(e.to()).getLast()).isEqualTo(e);
            }
        }
    }

    @Property
    void depthBoundKeepsExactlyTheNearLayers(
            @ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 4) int maxDepth) {
        List<List<Edge>> graph = graph(n, seed);
        List<Integer> starts = starts(n, seed);
        var full = BreadthFirstSearch.search(starts, graph::get, Edge::to, v -> false, BreadthFirstSearch.UNBOUNDED);
        var bounded = BreadthFirstSearch.search(starts, graph::get, Edge::to, v -> false, maxDepth);
        assertThat(bounded.layers())
                .isEqualTo(full.layers()
                        .subList(0, Math.min(maxDepth + 1, full.layers().size())));
        for (int v = 0; v < n; v++) {
            int d = full.depth(v).orElse(-1);
            assertThat(bounded.reached(v)).isEqualTo(d >= 0 && d <= maxDepth);
        }
    }

    @Property
    void stopsAfterCompletingTheLayerOfTheGoal(
            @ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 7) int goalNode) {
        int goal = goalNode % n;
        List<List<Edge>> graph = graph(n, seed);
        List<Integer> starts = starts(n, seed);
        int[] dist = bruteForceDistances(graph, starts);
        var full = BreadthFirstSearch.search(starts, graph::get, Edge::to, v -> false, BreadthFirstSearch.UNBOUNDED);
        var stopped =
                BreadthFirstSearch.search(starts, graph::get, Edge::to, v -> v == goal, BreadthFirstSearch.UNBOUNDED);
        int layers = dist[goal] >= 0 ? dist[goal] + 1 : full.layers().size();
        assertThat(stopped.layers()).isEqualTo(full.layers().subList(0, layers));
        if (dist[goal] >= 0) {
            assertThat(stopped.pathTo(goal)).isEqualTo(full.pathTo(goal));
        }
    }

    @Test
    void overStatesWalksAPlainStateGraph() {
        // the numbers 0..9, each step adding 1 or 3
        var search = BreadthFirstSearch.<Integer>overStates(
                List.of(0),
                v -> IntStream.of(v + 1, v + 3).filter(w -> w < 10).boxed().toList(),
                v -> v == 7,
                BreadthFirstSearch.UNBOUNDED);
        assertThat(search.layers()).containsExactly(List.of(0), List.of(1, 3), List.of(2, 4, 6), List.of(5, 7, 9));
        assertThat(search.pathTo(7)).containsExactly(0, 1, 4, 7);
        assertThat(search.movesTo(7)).containsExactly(1, 4, 7);
        assertThat(search.movesTo(0)).isEmpty();
    }
}
