package org.puzzlelens.rewards.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.SuiteRecords;

/**
 * A suite as a Hugging Face dataset folder in the Hub's image-folder layout, which {@code
 * datasets.load_dataset(FOLDER)} opens as it is: {@code <split>/metadata.jsonl} (one row per
 * instance, {@code file_name} naming its image) beside {@code <split>/images/<type>/*.png}, and a
 * dataset card {@code README.md} whose YAML header the Hub reads (configs, features, splits, licence,
 * citation). Exporting another split into the same folder adds it; the card lists every split found.
 */
public final class HfDatasetExport {
    static final String CARD = "README.md";
    static final String METADATA = "metadata.jsonl";
    /** The row's columns after {@code file_name} (the image), with their Hub feature types. */
    static final List<String[]> FEATURES = List.of(
            new String[] {"id", "string"},
            new String[] {"type", "string"},
            new String[] {"question", "string"},
            new String[] {"options", "sequence"},
            new String[] {"answer", "string"},
            new String[] {"answer_letter", "string"},
            new String[] {"prompt", "string"},
            new String[] {"description", "string"},
            new String[] {"facts", "sequence"},
            new String[] {"label", "string"});

    private final Registry registry;

    public HfDatasetExport(Registry registry) {
        this.registry = registry;
    }

    /** Writes (or replaces) one split and rewrites the card; returns the split's metadata file and row count. */
    public Exporter.Result export(Path suite, Path out, PromptTemplate template, String split) throws IOException {
        if (!split.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException(
                    "split name '" + split + "': use lower-case letters, digits and _ " + "(the Hub's split names)");
        }
        List<DatasetRecord> records = SuiteRecords.read(suite);
        Path dir = out.resolve(split);
        Files.createDirectories(dir);
        Path metadata = dir.resolve(METADATA);
        try (Writer w = Files.newBufferedWriter(metadata, StandardCharsets.UTF_8)) {
            for (DatasetRecord r : records) {
                w.write(Json.MAPPER.writeValueAsString(row(r, dir, template)));
                w.write('\n');
            }
        }
        Files.writeString(out.resolve(CARD), card(out));
        return new Exporter.Result(split, metadata, records.size());
    }

    private ObjectNode row(DatasetRecord r, Path dir, PromptTemplate template) throws IOException {
        RewardTarget target = RewardTargets.of(r, registry);
        Path source = r.image();
        if (!Files.isRegularFile(source)) {
            throw new IOException(r.where() + ": image " + source + " is missing");
        }
        Path relative =
                Path.of("images", target.typeName(), source.getFileName().toString());
        Files.createDirectories(dir.resolve(relative).getParent());
        Files.copy(source, dir.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
        ObjectNode o = Json.object();
        o.put("file_name", relative.toString().replace('\\', '/'));
        o.put("id", target.id());
        o.put("type", target.typeName());
        o.put("question", r.question());
        ArrayNode options = o.putArray("options");
        target.options().forEach(options::add);
        o.put("answer", target.answer());
        o.put("answer_letter", String.valueOf(Options.letter(target.answerIndex())));
        o.put("prompt", template.render(r.question(), target.options(), target.type()));
        o.put("description", r.description().orElse(""));
        ArrayNode facts = o.putArray("facts");
        target.facts().forEach(f -> facts.add(f.toString()));
        o.put("label", RewardTargets.label(target));
        return o;
    }

    /** The dataset card: the Hub's YAML header, then what the data is and where it comes from. */
    static String card(Path out) throws IOException {
        StringBuilder yaml = new StringBuilder("---\nlicense: mit\npretty_name: PuzzleLens puzzles\n")
                .append(
                        "task_categories:\n- visual-question-answering\nlanguage:\n- en\nconfigs:\n- config_name: default\n")
                .append("  data_files:\n");
        List<String> splits = splits(out);
        for (String s : splits) {
            yaml.append("  - split: ")
                    .append(s)
                    .append("\n    path: \"")
                    .append(s)
                    .append("/**\"\n");
        }
        yaml.append("dataset_info:\n  features:\n  - name: image\n    dtype: image\n");
        for (String[] f : FEATURES) {
            yaml.append("  - name: ").append(f[0]).append('\n');
            yaml.append(f[1].equals("sequence") ? "    sequence: string\n" : "    dtype: " + f[1] + "\n");
        }
        yaml.append("  splits:\n");
        for (String s : splits) {
            long rows;
            try (Stream<String> lines = Files.lines(out.resolve(s).resolve(METADATA))) {
                rows = lines.filter(l -> !l.isBlank()).count();
            }
            yaml.append("  - name: ")
                    .append(s)
                    .append("\n    num_examples: ")
                    .append(rows)
                    .append('\n');
        }
        yaml.append("---\n\n");
        return yaml + """
                # PuzzleLens puzzles

                Seeded instances of the algorithmic puzzles of AlgoPuzzleVQA and the abstract patterns of PuzzleVQA,
                generated by PuzzleLens (`puzzlelens generate`, then `puzzlelens export --format hf`).
                Each row holds the image, the question and its options, the gold answer and its letter, the prompt
                the export was made with, a faithful textual description of the same state, the state as atomic
                facts (`key = value`), and the label the PuzzleLens reward service grades completions against.

                ```python
                from datasets import load_dataset
                ds = load_dataset("path/to/this/folder")
                ```

                Splits: %s. Licence: MIT (the generator and its output), as the AlgoPuzzleVQA and PuzzleVQA
                benchmarks this follows.

                ## Citation

                The puzzle types follow AlgoPuzzleVQA (arXiv 2403.03864) and PuzzleVQA, by DeCLaRe Lab; cite them
                when you use these puzzles:

                ```bibtex
                @misc{algopuzzlevqa,
                  title = {Are Language Models Puzzle Prodigies? Algorithmic Puzzles Unveil Serious Challenges in Multimodal Reasoning},
                  note = {arXiv:2403.03864}
                }
                ```
                """.formatted(String.join(", ", splits));
    }

    private static List<String> splits(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(METADATA)))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
