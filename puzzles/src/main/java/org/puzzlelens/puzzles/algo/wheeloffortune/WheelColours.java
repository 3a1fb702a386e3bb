package org.puzzlelens.puzzles.algo.wheeloffortune;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/** The segment colours by their CSS/matplotlib names (the released fields name them). */
final class WheelColours {
    /** The ten released colours first, then two for wheels with more segments. */
    static final List<String> NAMES = List.of(
            "lime",
            "silver",
            "darkorange",
            "yellow",
            "blanchedalmond",
            "orangered",
            "cyan",
            "royalblue",
            "forestgreen",
            "magenta",
            "hotpink",
            "mediumpurple");

    private static final Map<String, Color> RGB = Map.ofEntries(
            Map.entry("lime", new Color(0, 255, 0)), Map.entry("silver", new Color(192, 192, 192)),
            Map.entry("darkorange", new Color(255, 140, 0)), Map.entry("yellow", new Color(255, 255, 0)),
            Map.entry("blanchedalmond", new Color(255, 235, 205)), Map.entry("orangered", new Color(255, 69, 0)),
            Map.entry("cyan", new Color(0, 255, 255)), Map.entry("royalblue", new Color(65, 105, 225)),
            Map.entry("forestgreen", new Color(34, 139, 34)), Map.entry("magenta", new Color(255, 0, 255)),
            Map.entry("hotpink", new Color(255, 105, 180)), Map.entry("mediumpurple", new Color(147, 112, 219)));

    private WheelColours() {}

    static Color rgb(String name) {
        Color c = RGB.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown colour '" + name + "'");
        }
        return c;
    }
}
