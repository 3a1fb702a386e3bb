package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/**
 * A record read from a dataset file: a released AlgoPuzzleVQA or PuzzleVQA record, or one of ours.
 *
 * @param file the file it came from; image paths are relative to its folder
 * @param line its line number, for messages
 */
public record DatasetRecord(Path file, int line, ObjectNode json) {
    public String where() {
        return file + ":" + line;
    }

    /** The puzzle type's name: the {@code type} field, else the file name ({@code clock.json}). */
    public String typeName() {
        String t = Records.text(json, "type");
        if (t != null) {
            return t;
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public Optional<PuzzleType<?>> type(Registry registry) {
        String name = typeName();
        return registry.has(name) ? Optional.of(registry.type(name)) : Optional.empty();
    }

    public String question() {
        return require("question").asText();
    }

    public String answer() {
        return require("answer").asText();
    }

    public List<String> options() {
        JsonNode o = require("options");
        if (!o.isArray()) {
            throw new MalformedRecordException(where() + ": 'options' must be a list");
        }
        List<String> out = new ArrayList<>();
        o.forEach(n -> out.add(n.asText()));
        return out;
    }

    public Optional<String> id() {
        return Optional.ofNullable(Records.text(json, "id"));
    }

    public Optional<String> description() {
        return Optional.ofNullable(Records.text(json, "description"));
    }

    /** The image file, resolved against the record file's folder. */
    public Path image() {
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(require("image").asText()).normalize();
    }

    /**
     * The puzzle state: from our {@code state} field when present, else read from the released
     * {@code solution} fields and question.
     */
    public <S extends Record> S state(PuzzleType<S> type) {
        JsonNode state = json.get("state");
        try {
            if (state != null && !state.isNull()) {
                return Json.MAPPER.treeToValue(state, type.stateType());
            }
            return type.fromReleased(json);
        } catch (JsonProcessingException e) {
            throw new MalformedRecordException(
                    where() + ": 'state' does not match type " + type.info().name() + ": " + e.getOriginalMessage(), e);
        } catch (MalformedRecordException e) {
            throw new MalformedRecordException(where() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MalformedRecordException(
                    where() + ": cannot read a " + type.info().name() + " puzzle from this record (" + e + ")", e);
        }
    }

    /** The same record as a released one would be: without our {@code state} field. */
    public DatasetRecord withoutState() {
        ObjectNode copy = json.deepCopy();
        copy.remove("state");
        return new DatasetRecord(file, line, copy);
    }

    JsonNode require(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            throw new MalformedRecordException(where() + ": missing field '" + field + "'");
        }
        return v;
    }

    /** Reads every record of a file; broken lines become {@link MalformedRecordException}s in order. */
    public static List<Result> readAll(Path file) throws IOException {
        List<Result> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file)) {
            out.add(
                    switch (line) {
                        case JsonLines.Parsed p -> new Result(new DatasetRecord(p.file(), p.number(), p.json()), null);
                        case JsonLines.Broken b -> new Result(null, b.where() + ": " + b.problem());
                    });
        }
        return out;
    }

    /** A line read: a record, or the problem that kept it from being one. */
    public record Result(DatasetRecord record, String problem) {
        public boolean ok() {
            return record != null;
        }
    }
}
