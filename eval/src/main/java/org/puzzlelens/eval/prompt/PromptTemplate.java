package org.puzzlelens.eval.prompt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of an answering prompt with placeholders: {@code {context}} (empty under {@code image},
 * the description under {@code text} and {@code image+text}), {@code {question}}, {@code {options}}
 * (one {@code (A) ...} line each) and optionally {@code {letters}} ({@code (A) (B) (C) (D)}).
 */
public record PromptTemplate(String name, String body) {
    // first: the constants below are checked against it when they are built
    private static final List<String> REQUIRED = List.of("{context}", "{question}", "{options}");

    public static final PromptTemplate BENCHMARK = new PromptTemplate("benchmark", """
            {context}Question: {question}
            Options:
            {options}

            Answer: Let's describe the image first and think step by step.""");

    public static final PromptTemplate TAGGED = new PromptTemplate("tagged", """
            {context}Question: {question}
            Options:
            {options}

            First describe what the image shows inside <image_description></image_description> tags. Then \
            reason step by step inside <think></think> tags. Finally give the letter of the correct option \
            inside <answer></answer> tags, for example <answer>(A)</answer>.""");

    public PromptTemplate {
        for (String p : REQUIRED) {
            if (!body.contains(p)) {
                throw new IllegalArgumentException("prompt template '" + name + "' lacks the placeholder " + p
                        + "; a template needs " + String.join(", ", REQUIRED));
            }
        }
    }

    /** {@code benchmark}, {@code tagged}, or a file holding a template. */
    public static PromptTemplate named(String nameOrFile) throws IOException {
        return switch (nameOrFile) {
            case "benchmark" -> BENCHMARK;
            case "tagged" -> TAGGED;
            default -> {
                Path file = Path.of(nameOrFile);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("--prompt " + nameOrFile
                            + " is neither a built-in template (benchmark, tagged) nor a file");
                }
                String name = file.getFileName().toString();
                yield new PromptTemplate(name, Files.readString(file).strip());
            }
        };
    }

    /** A short fingerprint of the body, so a run records exactly which text it used. */
    public String fingerprint() {
        return name + "#" + Integer.toHexString(body.hashCode());
    }
}
