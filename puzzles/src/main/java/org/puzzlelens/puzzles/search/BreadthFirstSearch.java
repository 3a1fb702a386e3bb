package org.puzzlelens.puzzles.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Breadth-first search over puzzle states, one layer per move. Layer k holds the states first reached
 * after k moves, in discovery order: layers are expanded in order and each state's moves in the order
 * the move function lists them, so the search is as deterministic as that function. Each state keeps
 * the move that first reached it, which gives a shortest path back to a start.
 *
 * @param <S> a state, compared by {@code equals} and {@code hashCode}
 * @param <M> a move; {@code target} gives the state it leads to (for plain state graphs {@code M = S})
 */
public final class BreadthFirstSearch<S, M> {
    /** A depth bound that never stops the search. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private record Arrival<S, M>(S from, M move) {}

    private final List<List<S>> layers;
    private final Map<S, Integer> depths;
    private final Map<S, Arrival<S, M>> arrivals;

    private BreadthFirstSearch(List<List<S>> layers, Map<S, Integer> depths, Map<S, Arrival<S, M>> arrivals) {
        this.layers = layers;
        this.depths = depths;
        this.arrivals = arrivals;
    }

    /**
     * Searches from {@code starts} (layer 0, duplicates dropped). The search ends when nothing new is
     * reached, after layer {@code maxDepth}, or after completing the first layer that holds a state
     * satisfying {@code stopAt} (a start counts: then nothing is expanded).
     */
    public static <S, M> BreadthFirstSearch<S, M> search(
            List<S> starts,
            Function<? super S, ? extends Iterable<? extends M>> moves,
            Function<? super M, ? extends S> target,
            Predicate<? super S> stopAt,
            int maxDepth) {
        Map<S, Integer> depths = new HashMap<>();
        Map<S, Arrival<S, M>> arrivals = new HashMap<>();
        List<S> first = new ArrayList<>();
        boolean stop = false;
        for (S s : starts) {
            if (depths.putIfAbsent(s, 0) == null) {
                first.add(s);
                stop |= stopAt.test(s);
            }
        }
        List<List<S>> layers = new ArrayList<>();
        layers.add(List.copyOf(first));
        while (!stop && layers.size() <= maxDepth) {
            int depth = layers.size();
            List<S> next = new ArrayList<>();
            for (S from : layers.getLast()) {
                for (M move : moves.apply(from)) {
                    S to = target.apply(move);
                    if (depths.putIfAbsent(to, depth) == null) {
                        arrivals.put(to, new Arrival<>(from, move));
                        next.add(to);
                        stop |= stopAt.test(to);
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            layers.add(List.copyOf(next));
        }
        return new BreadthFirstSearch<>(List.copyOf(layers), depths, arrivals);
    }

    /** {@link #search} where the neighbours of a state are the moves themselves. */
    public static <S> BreadthFirstSearch<S, S> overStates(
            List<S> starts,
            Function<? super S, ? extends Iterable<? extends S>> neighbours,
            Predicate<? super S> stopAt,
            int maxDepth) {
        return search(starts, neighbours, Function.<S>identity(), stopAt, maxDepth);
    }

    /** Layer k: the states first reached after k moves, in discovery order. */
    public List<List<S>> layers() {
        return layers;
    }

    public boolean reached(S state) {
        return depths.containsKey(state);
    }

    /** The least number of moves from a start to {@code state}, if the search reached it. */
    public OptionalInt depth(S state) {
        Integer d = depths.get(state);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d);
    }

    /** The moves of a shortest way from a start to {@code goal}, following each state's first discovery. */
    public List<M> movesTo(S goal) {
        requireReached(goal);
        List<M> path = new ArrayList<>();
        for (Arrival<S, M> a = arrivals.get(goal); a != null; a = arrivals.get(a.from())) {
            path.add(a.move());
        }
        Collections.reverse(path);
        return path;
    }

    /** The states of a shortest way from a start to {@code goal}, both included. */
    public List<S> pathTo(S goal) {
        requireReached(goal);
        List<S> path = new ArrayList<>(List.of(goal));
        for (Arrival<S, M> a = arrivals.get(goal); a != null; a = arrivals.get(a.from())) {
            path.add(a.from());
        }
        Collections.reverse(path);
        return path;
    }

    private void requireReached(S goal) {
        if (!reached(goal)) {
            throw new IllegalArgumentException("the search did not reach " + goal);
        }
    }
}
