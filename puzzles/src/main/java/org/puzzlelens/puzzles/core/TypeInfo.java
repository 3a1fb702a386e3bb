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

    /** A type whose parameters are independent of each other. */
    public TypeInfo(String name, Suite suite, Set<Tag> tags, List<Param> params, String summary) {
        this(name, suite, tags, params, summary, List.of());
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
