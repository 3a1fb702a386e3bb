package org.puzzlelens.rewards.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;

/** The records the service can find by id: a suite read once at start-up. */
public final class RecordIndex {
    private final Map<String, RewardTarget> byId;
    private final String source;

    private RecordIndex(Map<String, RewardTarget> byId, String source) {
        this.byId = byId;
        this.source = source;
    }

    public static RecordIndex empty() {
        return new RecordIndex(Map.of(), "no suite (inline records only)");
    }

    /** @throws IllegalArgumentException when two records share an id */
    public static RecordIndex of(
            Collection<DatasetRecord> records, String source, Registry registry, Progress progress) {
        Map<String, RewardTarget> byId = new LinkedHashMap<>();
        progress.begin("index", records.size());
        try {
            for (DatasetRecord r : records) {
                RewardTarget t = RewardTargets.of(r, registry);
                if (byId.put(t.id(), t) != null) {
                    throw new IllegalArgumentException(r.where() + ": record id '" + t.id() + "' appears twice");
                }
                progress.advance(1);
            }
        } finally {
            progress.end();
        }
        return new RecordIndex(Map.copyOf(byId), source);
    }

    public Optional<RewardTarget> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public String source() {
        return source;
    }
}
