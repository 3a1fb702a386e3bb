package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;

/**
 * The released captions name shades relative to the progression: the end circle darkest (or
 * lightest) is "very dark" ("very light"), then "dark", "medium", and the other end "light"
 * ("dark"). Darkness ranks 0..4 run from "very light" to "very dark".
 */
final class ShadeNames {
    static final List<String> RANKS = List.of("very light", "light", "medium", "dark", "very dark");

    private ShadeNames() {}

    /** Name of shade level 0..3 in a set whose largest circle is darkest ({@code darkerOutside}) or lightest. */
    static String name(int level, boolean darkerOutside) {
        return RANKS.get(darkerOutside ? level + 1 : level);
    }

    static int level(String name, boolean darkerOutside) {
        int rank = rank(name);
        int level = darkerOutside ? rank - 1 : rank;
        if (level < 0 || level > 3) {
            throw new MalformedRecordException("shade '" + name + "' cannot occur when the circles get "
                    + (darkerOutside ? "darker" : "lighter") + " outwards");
        }
        return level;
    }

    static int rank(String name) {
        int rank = RANKS.indexOf(name);
        if (rank < 0) {
            throw new MalformedRecordException("unknown shade '" + name + "': use " + RANKS);
        }
        return rank;
    }

    static String opposite(String name) {
        return RANKS.get(RANKS.size() - 1 - rank(name));
    }
}
