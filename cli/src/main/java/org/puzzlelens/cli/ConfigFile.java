package org.puzzlelens.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's options as a YAML (or JSON: YAML reads it too) file whose keys are the flags' names
 * without dashes ({@code grpo-steps: 36}). Read, a file becomes the flags it stands for, placed
 * before the command line's own so that those win; written, every value gets its option's meaning
 * as a comment, so the file explains itself and reads back to the same configuration.
 */
final class ConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigFile() {}

    /**
     * The flags a file stands for.
     *
     * @throws IllegalArgumentException naming the file and the key it cannot use
     */
    static List<String> args(Path file, CommandSpec command) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IllegalArgumentException("--config " + file + ": no such file");
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "--config " + file + " is neither YAML nor JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(
                    "--config " + file + " must hold `name: value` lines (or a JSON object)");
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            OptionSpec option = command.findOption("--" + e.getKey());
            if (option == null || e.getKey().equals("config")) {
                throw new IllegalArgumentException("--config " + file + ": '" + e.getKey() + "' is not an option of `"
                        + command.name() + "`; use the flags' names without dashes: " + names(command));
            }
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (option.arity().max() == 0) {
                if (v.asBoolean()) {
                    out.add("--" + e.getKey());
                }
                continue;
            }
            String value = v.isArray()
                    ? StreamSupport.stream(v.spliterator(), false)
                            .map(JsonNode::asText)
                            .collect(Collectors.joining(","))
                    : v.asText();
            out.add("--" + e.getKey() + "=" + value);
        }
        return out;
    }

    /** The configuration as YAML, each value after a comment with its option's meaning; nulls and {@code skip} left out. */
    static String yaml(Map<String, Object> config, CommandSpec command, Set<String> skip) {
        StringBuilder out =
                new StringBuilder("# puzzlelens " + command.name() + " configuration, resolved; run it with `"
                        + command.name() + " --config FILE` (flags given as well win)\n");
        config.forEach((key, value) -> {
            if (value == null || skip.contains(key)) {
                return;
            }
            OptionSpec option = command.findOption("--" + key);
            String meaning = option == null || option.description().length == 0
                    ? ""
                    : option.description()[0]
                            .replaceAll("\\s*(Default:|\\$\\{).*$", "")
                            .replaceAll("\\.$", "")
                            .strip();
            if (!meaning.isEmpty()) {
                out.append("# ").append(meaning).append('\n');
            }
            out.append(key).append(": ").append(scalar(value)).append('\n');
        });
        return out.toString();
    }

    private static String scalar(Object value) {
        String text = value instanceof List<?> l
                ? l.stream().map(String::valueOf).collect(Collectors.joining(","))
                : String.valueOf(value);
        // quote what YAML would read as something else (a comma list stays a string, "1e-3" a string...)
        return value instanceof Number || value instanceof Boolean ? text : "\"" + text.replace("\"", "\\\"") + "\"";
    }

    private static String names(CommandSpec command) {
        return command.options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .map(o -> o.longestName().replaceFirst("^-+", ""))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
