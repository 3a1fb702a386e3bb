package org.puzzlelens.puzzles.core;

import java.util.Set;

/**
 * Feature tags of a puzzle type. Visual and algorithmic tags are those of the AlgoPuzzleVQA
 * paper (table 1); concept tags are the PuzzleVQA concepts.
 */
public enum Tag {
    Col(Kind.VISUAL, "colour"),
    Pos(Kind.VISUAL, "position"),
    Sh(Kind.VISUAL, "shape/size"),
    Tx(Kind.VISUAL, "text"),
    Ar(Kind.ALGORITHMIC, "arithmetic"),
    Bo(Kind.ALGORITHMIC, "boolean logic"),
    Co(Kind.ALGORITHMIC, "combinatorics"),
    Gr(Kind.ALGORITHMIC, "graphs"),
    Op(Kind.ALGORITHMIC, "optimisation"),
    Se(Kind.ALGORITHMIC, "search"),
    St(Kind.ALGORITHMIC, "sets"),
    colors(Kind.CONCEPT, "colours"),
    numbers(Kind.CONCEPT, "numbers"),
    shapes(Kind.CONCEPT, "shapes"),
    size(Kind.CONCEPT, "size");

    /**
     * The tags of a shortest path through a grid with walls (maze, move box): cells told by colour and
     * position, a search over the grid's graph for the least number of steps.
     */
    public static final Set<Tag> GRID_PATH = Set.of(Col, Pos, Ar, Gr, Op, Se);

    public enum Kind {
        VISUAL,
        ALGORITHMIC,
        CONCEPT
    }

    private final Kind kind;
    private final String meaning;

    Tag(Kind kind, String meaning) {
        this.kind = kind;
        this.meaning = meaning;
    }

    public Kind kind() {
        return kind;
    }

    public String meaning() {
        return meaning;
    }
}
