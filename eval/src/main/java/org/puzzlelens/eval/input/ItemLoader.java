package org.puzzlelens.eval.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;

/**
 * Reads the instances to evaluate from our suite folders ({@code <type>.json} files beside {@code
 * suite.json}) or from released AlgoPuzzleVQA/PuzzleVQA files, which share the record format.
 */
public final class ItemLoader {
    private final Registry registry;

    public ItemLoader(Registry registry) {
        this.registry = registry;
    }

    /**
     * @param inputs folders (every {@code *.json} in them but {@code suite.json}) or record files
     * @param types the type names to keep; null keeps all
     * @param limit the first {@code limit} records of each type; 0 keeps all
     * @throws IOException naming the file or line that cannot be read
     */
    public List<EvalItem> load(List<Path> inputs, Set<String> types, int limit) throws IOException {
        Map<String, List<EvalItem>> byType = new LinkedHashMap<>();
        for (Path file : files(inputs)) {
            for (DatasetRecord.Result line : DatasetRecord.readAll(file)) {
                if (!line.ok()) {
                    throw new IOException(line.problem() + "; fix or remove that line");
                }
                DatasetRecord record = line.record();
                if (types != null && !types.contains(record.typeName())) {
                    continue;
                }
                List<EvalItem> list = byType.computeIfAbsent(record.typeName(), t -> new ArrayList<>());
                if (limit == 0 || list.size() < limit) {
                    list.add(item(record));
                }
            }
        }
        List<EvalItem> out = new ArrayList<>();
        byType.values().forEach(out::addAll);
        checkUniqueIds(out);
        return out;
    }

    EvalItem item(DatasetRecord record) {
        PuzzleType<?> type = record.type(registry)
                .orElseThrow(() -> new MalformedRecordException(record.where() + ": no puzzle type named '"
                        + record.typeName() + "'; known: " + registry.names()));
        Record state = stateOrNull(record, type);
        String description = record.description().orElse(state == null ? null : describe(type, state));
        List<String> options = record.options();
        String answer = record.answer();
        int answerIndex = -1;
        for (int i = 0; i < options.size() && answerIndex < 0; i++) {
            answerIndex = type.sameAnswer(options.get(i), answer) ? i : -1;
        }
        if (answerIndex < 0) {
            throw new MalformedRecordException(
                    record.where() + ": answer '" + answer + "' is not among the options " + options);
        }
        Path image = record.json().hasNonNull("image") ? record.image() : null;
        return new EvalItem(
                id(record, image),
                type,
                record.question(),
                options,
                answerIndex,
                description,
                state,
                image,
                record.where());
    }

    /** Our id; for a released record the image's file stem ({@code clock_0007}), else type and line. */
    private static String id(DatasetRecord record, Path image) {
        if (record.id().isPresent()) {
            return record.id().get();
        }
        if (image != null) {
            String name = image.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }
        return record.typeName() + "-L" + record.line();
    }

    private static Record stateOrNull(DatasetRecord record, PuzzleType<?> type) {
        try {
            return record.state(type);
        } catch (MalformedRecordException e) {
            // some released records lack what a state needs (e.g. PuzzleVQA captions without side counts):
            // the image conditions still run; text and transcribe report the item as not runnable
            return null;
        }
    }

    private static <S extends Record> String describe(PuzzleType<S> type, Record state) {
        return type.describe(type.stateType().cast(state));
    }

    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                            .filter(p -> !p.getFileName().toString().equals("suite.json"))
                            .sorted()
                            .toList();
                    if (found.isEmpty()) {
                        throw new NoSuchFileException(
                                input.toString(), null, "no <type>.json record files in this folder");
                    }
                    out.addAll(found);
                }
            } else if (Files.isRegularFile(input)) {
                out.add(input);
            } else {
                throw new NoSuchFileException(input.toString(), null, "no such file or folder");
            }
        }
        return out;
    }

    private static void checkUniqueIds(List<EvalItem> items) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (EvalItem item : items) {
            String before = seen.put(item.typeName() + "/" + item.id(), item.where());
            if (before != null) {
                throw new IllegalArgumentException("instance " + item.id() + " appears twice (" + before + " and "
                        + item.where() + "); pass each suite or file once");
            }
        }
    }
}
