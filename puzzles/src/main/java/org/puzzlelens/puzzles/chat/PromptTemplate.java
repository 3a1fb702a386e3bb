package org.puzzlelens.puzzles.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleType;

/**
 * The text of the user turn that asks a model to answer, with placeholders: {@code {context}}
 * (empty under {@code image}, the description under {@code text} and {@code image+text}),
 * {@code {question}}, {@code {options}} (one {@code (A) ...} line each) and optionally
 * {@code {letters}} ({@code (A) (B) (C) (D)}). Every phase asks through this class: the warm start
 * and GRPO (train's {@code ChatFormat} wraps the text in the model's turns) and the evaluation, so a
 * model is evaluated on the very wording it was trained on.
 */
public record PromptTemplate(String name, String body) {
    // first: the constants below are checked against it when they are built
    private static final List<String> REQUIRED = List.of("{context}", "{question}", "{options}");
    private static final String QUESTION = "{context}Question: {question}\nOptions:\n{options}\n\n";

    /** The study's format request: the instruction the built-in model trains and is evaluated with. */
    public static final String TAGGED_INSTRUCTION =
            "Describe the image in <image_description> tags, think step by step "
                    + "in <think> tags, then give the option letter in <answer> tags.";

    /** AlgoPuzzleVQA's own prompt, for comparison with the paper's figures. */
    public static final PromptTemplate BENCHMARK =
            asking("benchmark", "Answer: Let's describe the image first and think step by step.");

    /** The study's tagged format (description, thinking, answer), read by {@link CompletionParser}. */
    public static final PromptTemplate TAGGED = asking("tagged", TAGGED_INSTRUCTION);

    public PromptTemplate {
        for (String p : REQUIRED) {
            if (!body.contains(p)) {
                throw new IllegalArgumentException("prompt template '" + name + "' lacks the placeholder " + p
                        + "; a template needs " + String.join(", ", REQUIRED));
            }
        }
    }

    /** The question and options followed by an instruction, the layout of every built-in template. */
    public static PromptTemplate asking(String name, String instruction) {
        return new PromptTemplate(name, QUESTION + instruction);
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
                yield new PromptTemplate(
                        file.getFileName().toString(), Files.readString(file).strip());
            }
        };
    }

    /** A short fingerprint of the body, so a run records exactly which text it used. */
    public String fingerprint() {
        return name + "#" + Integer.toHexString(body.hashCode());
    }

    /**
     * The user text asking for an answer under a condition that asks for one.
     *
     * @param description the textual description, used by the conditions that show it
     */
    public String user(Condition condition, String question, List<String> options, String description) {
        if (!condition.asksForAnswer()) {
            throw new IllegalArgumentException(
                    "condition " + condition + " asks for facts, not an answer; use transcription()");
        }
        return body.replace("{context}", context(condition, description))
                .replace("{question}", question)
                .replace("{options}", optionLines(options))
                .replace("{letters}", letters(options.size()));
    }

    /** The user text under {@code transcribe}: the state as facts, without solving. */
    public static String transcription(PuzzleType<?> type) {
        return "Transcribe the state of the puzzle in the image as facts. Do not solve the puzzle.\n"
                + type.factGuide().strip() + "\n"
                + "Write each fact on its own line as `key = value`, with nothing else on that line.";
    }

    /** The benchmark's second call when no answer could be read. */
    public static String followUp(int optionCount) {
        return "Therefore, among " + letters(optionCount) + ", the answer is:";
    }

    private static String context(Condition condition, String description) {
        return switch (condition) {
            case TEXT -> "The puzzle is described in words instead of an image:\n" + description + "\n\n";
            case IMAGE_TEXT -> "The image is also described in words:\n" + description + "\n\n";
            case IMAGE, TRANSCRIBE -> "";
        };
    }

    /** One {@code (A) text} line per option. */
    public static String optionLines(List<String> options) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            out.append(i == 0 ? "" : "\n")
                    .append('(')
                    .append(Options.letter(i))
                    .append(") ")
                    .append(options.get(i));
        }
        return out.toString();
    }

    static String letters(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append('(').append(Options.letter(i)).append(')');
        }
        return out.toString();
    }
}
