package org.puzzlelens.eval.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;

/** The groups a report breaks results into: the types present, their tags, the suites, all. */
final class Groups {
    /** A named set of puzzle types. */
    record Group(String name, Predicate<String> types) {}

    private final Registry registry;
    private final List<String> types;

    Groups(Registry registry, List<RunData> runs) {
        this.registry = registry;
        Set<String> found = new LinkedHashSet<>();
        runs.forEach(r -> r.ok().forEach(e -> found.add(e.type())));
        List<String> known = registry.all().stream().map(t -> t.info().name()).toList();
        this.types = found.stream()
                .sorted(Comparator.comparingInt((String t) -> known.contains(t) ? known.indexOf(t) : known.size())
                        .thenComparing(t -> t))
                .toList();
    }

    List<String> types() {
        return types;
    }

    List<Group> typeGroups() {
        return types.stream().map(t -> new Group(t, t::equals)).toList();
    }

    /** Visual, algorithmic and concept tags that some present type carries, in the paper's order. */
    List<Group> tagGroups() {
        List<Group> out = new ArrayList<>();
        for (Tag.Kind kind : Tag.Kind.values()) {
            for (Tag tag : Tag.values()) {
                if (tag.kind() == kind && types.stream().anyMatch(t -> tags(t).contains(tag))) {
                    out.add(new Group(
                            kind.name().toLowerCase() + " " + tag.name() + " (" + tag.meaning() + ")",
                            t -> tags(t).contains(tag)));
                }
            }
        }
        return out;
    }

    /** The in-domain and out-of-domain sets when both are present, then everything. */
    List<Group> overallGroups() {
        List<Group> out = new ArrayList<>();
        boolean mixed = types.stream().map(this::suite).distinct().count() > 1;
        if (mixed) {
            for (Suite s : Suite.values()) {
                out.add(new Group((s.inDomain() ? "in-domain " : "out-of-domain ") + s.title(), t -> suite(t) == s));
            }
        }
        out.add(new Group("all", t -> true));
        return out;
    }

    private Set<Tag> tags(String type) {
        return registry.has(type) ? registry.type(type).info().tags() : Set.of();
    }

    private Suite suite(String type) {
        return registry.has(type) ? registry.type(type).info().suite() : null;
    }
}
