package org.puzzlelens.puzzles.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/**
 * Re-derives every record's answer from its own fields with our solvers. A record agrees when the
 * solver's answer means the same as the record's answer and that answer is among the options.
 */
public final class Verifier {
    private final Registry registry;
    private final boolean releasedFieldsOnly;

    public Verifier(Registry registry) {
        this(registry, false);
    }

    /**
     * @param releasedFieldsOnly read every record as a released one (question and solution fields, or
     *     caption), ignoring our {@code state} field: the stronger check of our own records
     */
    public Verifier(Registry registry, boolean releasedFieldsOnly) {
        this.registry = registry;
        this.releasedFieldsOnly = releasedFieldsOnly;
    }

    /** The verdict on one record line. */
    public sealed interface Outcome {
        String type();
    }

    public record Agreed(String type) implements Outcome {}

    public record Disagreed(String type, String where, String recordAnswer, String solverAnswer) implements Outcome {}

    /** The line could not be checked: malformed JSON, a missing field, an unknown type. */
    public record Unreadable(String type, String where, String problem) implements Outcome {}

    public record TypeTally(String type, int records, int agreed, int disagreed, int unreadable) {
        TypeTally add(Outcome o) {
            return new TypeTally(
                    type,
                    records + 1,
                    agreed + (o instanceof Agreed ? 1 : 0),
                    disagreed + (o instanceof Disagreed ? 1 : 0),
                    unreadable + (o instanceof Unreadable ? 1 : 0));
        }
    }

    public record Report(List<TypeTally> tallies, List<Outcome> problems) {
        public int records() {
            return tallies.stream().mapToInt(TypeTally::records).sum();
        }

        public int agreed() {
            return tallies.stream().mapToInt(TypeTally::agreed).sum();
        }

        public boolean allAgree() {
            return records() > 0 && agreed() == records();
        }
    }

    /** Lists how many lines {@link #verify} will check, so a caller can size a progress bar. */
    public static List<DatasetRecord.Result> load(List<Path> files) throws IOException {
        List<DatasetRecord.Result> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(DatasetRecord.readAll(f));
        }
        return all;
    }

    public Report verify(List<DatasetRecord.Result> lines, IntConsumer progress) {
        List<Outcome> outcomes = lines.parallelStream()
                .map(r -> {
                    Outcome o = check(r);
                    progress.accept(1);
                    return o;
                })
                .toList();
        Map<String, TypeTally> tallies = new LinkedHashMap<>();
        List<Outcome> problems = new ArrayList<>();
        for (Outcome o : outcomes) {
            tallies.computeIfAbsent(o.type(), t -> new TypeTally(t, 0, 0, 0, 0));
            tallies.computeIfPresent(o.type(), (t, tally) -> tally.add(o));
            if (!(o instanceof Agreed)) {
                problems.add(o);
            }
        }
        return new Report(List.copyOf(tallies.values()), problems);
    }

    public Outcome check(DatasetRecord.Result line) {
        if (!line.ok()) {
            return new Unreadable("(unreadable)", "", line.problem());
        }
        DatasetRecord record = line.record();
        String typeName = record.typeName();
        Optional<PuzzleType<?>> type = record.type(registry);
        if (type.isEmpty()) {
            return new Unreadable(
                    typeName,
                    record.where(),
                    "no puzzle type named '" + typeName + "' (known: " + registry.names() + ")");
        }
        try {
            return check(releasedFieldsOnly ? record.withoutState() : record, type.get());
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            String prefix = record.where() + ": ";
            return new Unreadable(
                    typeName,
                    record.where(),
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
    }

    private <S extends Record> Outcome check(DatasetRecord record, PuzzleType<S> type) {
        S state = record.state(type);
        String solved = type.solve(state).answer();
        String given = record.answer();
        List<String> options = record.options();
        boolean agrees = type.sameAnswer(solved, given) && options.stream().anyMatch(o -> type.sameAnswer(o, given));
        return agrees
                ? new Agreed(type.info().name())
                : new Disagreed(type.info().name(), record.where(), given, solved);
    }
}
