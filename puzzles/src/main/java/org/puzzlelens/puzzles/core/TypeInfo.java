package org.puzzlelens.puzzles.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the registry tells about a puzzle type. */
public record TypeInfo(String name, Suite suite, Set<Tag> tags, List<Param> params, String summary) {
    public TypeInfo {
        tags = Set.copyOf(tags.isEmpty() ? EnumSet.noneOf(Tag.class) : EnumSet.copyOf(tags));
        params = List.copyOf(params);
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
