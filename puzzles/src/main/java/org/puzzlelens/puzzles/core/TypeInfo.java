package org.puzzlelens.puzzles.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the registry tells about a puzzle type.
 *
 * @param rules constraints between its parameters, checked before a suite starts
 */
public record TypeInfo(
        String name, Suite suite, Set<Tag> tags, List<Param> params, String summary, List<ParamRule> rules) {
    public TypeInfo {
        tags = Set.copyOf(tags.isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(tags));
        params = List.copyOf(params);
        rules = List.copyOf(rules);
    }

    /** A type whose parameters are independent of each other (see {@link #withRules}), its tags last. */
    public static TypeInfo of(String name, Suite suite, String summary, List<Param> params, Tag... tags) {
        return of(name, suite, summary, params, Set.of(tags));
    }

    /** {@link #of(String, Suite, String, List, Tag...)} with tags that several types share, such as {@link Tag#GRID_PATH}. */
    public static TypeInfo of(String name, Suite suite, String summary, List<Param> params, Set<Tag> tags) {
        return new TypeInfo(name, suite, tags, params, summary, List.of());
    }

    /** This type with constraints between its parameters. */
    public TypeInfo withRules(List<ParamRule> constraints) {
        return new TypeInfo(name, suite, tags, params, summary, constraints);
    }

    public boolean inDomain() {
        return suite.inDomain();
    }

    public Set<Tag> tags(Tag.Kind kind) {
        EnumSet<Tag> out = EnumSet.noneOf(Tag.class);
        tags.stream().filter(t -> t.kind() == kind).forEach(out::add);
        return out;
    }
}
