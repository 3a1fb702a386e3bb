package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines files line by line, so that a malformed line is reported with its file and line
 * number while the rest is still read. A file whose first character is '[' is read as one JSON array.
 */
public final class JsonLines {
    private JsonLines() {}

    /** A line of a JSON Lines file: a parsed object or the reason it could not be read. */
    public sealed interface Line {
        Path file();

        int number();

        /** {@code file:line} for messages. */
        default String where() {
            return file() + ":" + number();
        }
    }

    public record Parsed(Path file, int number, ObjectNode json) implements Line {}

    public record Broken(Path file, int number, String problem) implements Line {}

    /**
     * @throws IOException when the file cannot be opened (the message names it)
     */
    public static List<Line> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file: check the path");
        }
        List<String> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                lines.add(s);
            }
        } catch (CharacterCodingException e) {
            throw new IOException(
                    file + ": not UTF-8 text after line " + lines.size() + "; records must be UTF-8 JSON Lines", e);
        }
        String first =
                lines.stream().filter(s -> !s.isBlank()).findFirst().orElse("").stripLeading();
        return first.startsWith("[") ? readArray(file, String.join("\n", lines)) : readLines(file, lines);
    }

    private static List<Line> readLines(Path file, List<String> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (!text.isBlank()) {
                out.add(parse(file, i + 1, text));
            }
        }
        return out;
    }

    static Line parse(Path file, int number, String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node instanceof ObjectNode obj) {
                return new Parsed(file, number, obj);
            }
            return new Broken(file, number, "expected a JSON object, found " + node.getNodeType());
        } catch (JsonProcessingException e) {
            return new Broken(file, number, Json.problem(e));
        }
    }

    private static List<Line> readArray(Path file, String text) {
        List<Line> out = new ArrayList<>();
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            for (int i = 0; i < root.size(); i++) {
                JsonNode n = root.get(i);
                out.add(
                        n instanceof ObjectNode obj
                                ? new Parsed(file, i + 1, obj)
                                : new Broken(file, i + 1, "array element " + (i + 1) + " is not an object"));
            }
        } catch (JsonProcessingException e) {
            out.add(new Broken(
                    file,
                    e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "in the JSON array: " + Json.problem(e)));
        }
        return out;
    }
}
