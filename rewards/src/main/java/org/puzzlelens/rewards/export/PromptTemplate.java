package org.puzzlelens.rewards.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.PuzzleType;

/**
 * The user turn of an exported prompt, with placeholders {@code {question}}, {@code {options}} (one
 * {@code (A) ...} per line) and {@code {fact_guide}} (the type's transcription guide). The image
 * comes before it, as each engine places images.
 */
public record PromptTemplate(String name, String text) {
    private static final String QUESTION = "Question: {question}\nOptions:\n{options}\n\n";
    // Tags are named by their opening tag only: a complete pair such as "<answer> </answer>" in the
    // prompt is an answer block to any parser that is handed the prompt with the completion.
    private static final String ANSWER = "Give the option letter inside <answer> tags.";

    /** The built-in templates: one per completion layout the designs reward. */
    public static final Map<String, PromptTemplate> BUILT_IN = Map.of(
            "think",
                    new PromptTemplate(
                            "think", QUESTION + "Think step by step inside <think> tags, then answer. " + ANSWER),
            "describe",
                    new PromptTemplate(
                            "describe",
                            QUESTION
                                    + "First describe the image inside <image_description> tags, then think step by step inside "
                                    + "<think> tags, then answer. " + ANSWER),
            "perception",
                    new PromptTemplate(
                            "perception",
                            QUESTION
                                    + "First transcribe the image inside <image_description> tags.\n{fact_guide}\n"
                                    + "Then think step by step inside <think> tags, then answer. " + ANSWER));

    public PromptTemplate {
        if (!text.contains("{question}")) {
            throw new IllegalArgumentException("prompt template '" + name + "' has no {question} placeholder");
        }
    }

    /** A built-in name ({@code think}, {@code describe}, {@code perception}) or a template file. */
    public static PromptTemplate resolve(String nameOrFile) throws IOException {
        PromptTemplate t = BUILT_IN.get(nameOrFile);
        if (t != null) {
            return t;
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("prompt template '" + nameOrFile + "' is neither a built-in ("
                    + String.join(", ", BUILT_IN.keySet().stream().sorted().toList()) + ") nor a file");
        }
        return new PromptTemplate(file.getFileName().toString(), Files.readString(file));
    }

    /** The option lines are the chat package's, as every prompt of the study writes them. */
    public String render(String question, List<String> options, PuzzleType<?> type) {
        return text.replace("{question}", question)
                .replace("{options}", org.puzzlelens.puzzles.chat.PromptTemplate.optionLines(options))
                .replace("{fact_guide}", type.factGuide());
    }
}
