package org.puzzlelens.rewards.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jerolba.carpet.CarpetWriter;
import com.jerolba.carpet.ColumnNamingStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.SuiteRecords;
import org.puzzlelens.rewards.export.ParquetRows.EasyR1Row;
import org.puzzlelens.rewards.export.ParquetRows.ExtraInfo;
import org.puzzlelens.rewards.export.ParquetRows.Image;
import org.puzzlelens.rewards.export.ParquetRows.Message;
import org.puzzlelens.rewards.export.ParquetRows.Part;
import org.puzzlelens.rewards.export.ParquetRows.PartsMessage;
import org.puzzlelens.rewards.export.ParquetRows.RewardModel;
import org.puzzlelens.rewards.export.ParquetRows.TrlRow;
import org.puzzlelens.rewards.export.ParquetRows.VerlRow;

/**
 * Writes a suite in an RL engine's dataset format. Every row carries our label (see {@link
 * RewardTargets#label}), so the reward service grades it without the suite folder. Images are copied
 * into the export folder (and embedded in Parquet), so the folder is self-contained.
 */
public final class Exporter {
    /** The verl ability and data source prefix. */
    static final String ABILITY = "visual_reasoning";
    /** EasyR1 applies a Jinja template to each problem; ours are complete already. */
    static final String EASYR1_FORMAT_PROMPT = "format_prompt.jinja";

    private final Registry registry;

    public Exporter(Registry registry) {
        this.registry = registry;
    }

    /** What was written: one file per split. */
    public record Result(String split, Path file, int rows) {}

    public List<Result> export(
            Path suite, Path out, ExportFormat format, PromptTemplate template, SplitPlan splits, Progress progress)
            throws IOException {
        List<DatasetRecord> records = SuiteRecords.read(suite);
        Files.createDirectories(out);
        List<Result> results = new ArrayList<>();
        progress.begin("export " + format.id(), records.size());
        try {
            for (Map.Entry<String, List<DatasetRecord>> split :
                    splits.assign(records).entrySet()) {
                List<ExportItem> items = new ArrayList<>();
                for (DatasetRecord r : split.getValue()) {
                    items.add(item(r, out, template));
                    progress.advance(1);
                }
                Path file = out.resolve(format.fileName(split.getKey()));
                write(format, file, split.getKey(), items);
                results.add(new Result(split.getKey(), file, items.size()));
            }
        } finally {
            progress.end();
        }
        if (format == ExportFormat.EASYR1) {
            Files.writeString(out.resolve(EASYR1_FORMAT_PROMPT), "{{ content | trim }}\n");
        }
        return results;
    }

    private static void write(ExportFormat format, Path file, String split, List<ExportItem> items) throws IOException {
        switch (format) {
            case VERL -> parquet(file, VerlRow.class, items, i -> verl(i, split));
            case EASYR1 ->
                parquet(
                        file,
                        EasyR1Row.class,
                        items,
                        i -> new EasyR1Row("<image>" + i.prompt(), i.label(), List.of(Image.of(i)), i.id(), i.type()));
            case TRL ->
                parquet(
                        file,
                        TrlRow.class,
                        items,
                        i -> new TrlRow(
                                List.of(new PartsMessage(
                                        "user", List.of(new Part("image", null), new Part("text", i.prompt())))),
                                List.of(Image.of(i)),
                                i.label(),
                                i.answer(),
                                i.id(),
                                i.type()));
            case OPENRLHF -> openRlhf(file, items);
        }
    }

    private ExportItem item(DatasetRecord r, Path out, PromptTemplate template) throws IOException {
        RewardTarget target = RewardTargets.of(r, registry);
        Path source = r.image();
        if (!Files.isRegularFile(source)) {
            throw new IOException(r.where() + ": image " + source + " is missing");
        }
        Path image = out.resolve("images").resolve(target.typeName()).resolve(source.getFileName());
        Files.createDirectories(image.getParent());
        Files.copy(source, image, StandardCopyOption.REPLACE_EXISTING);
        return new ExportItem(
                target.id(),
                target.typeName(),
                r.json().path("index").asInt(r.line() - 1),
                template.render(r.question(), target.options(), target.type()),
                Files.readAllBytes(image),
                image.toAbsolutePath(),
                RewardTargets.label(target),
                target.answer(),
                String.valueOf(Options.letter(target.answerIndex())));
    }

    private static VerlRow verl(ExportItem i, String split) {
        return new VerlRow(
                "puzzlelens/" + i.type(),
                List.of(new Message("user", "<image>" + i.prompt())),
                List.of(Image.of(i)),
                ABILITY,
                new RewardModel("rule", i.label()),
                new ExtraInfo(split, i.index(), i.id(), i.type(), i.answer(), i.answerLetter()));
    }

    private static String dataUri(ExportItem i) {
        String name = i.imageFile().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String mime = extension.equals("jpg") ? "jpeg" : extension;
        return "data:image/" + mime + ";base64," + Base64.getEncoder().encodeToString(i.image());
    }

    /** Parquet with the Hugging Face features in its metadata, so {@code datasets} loads images as images. */
    private static <T extends Record> void parquet(
            Path file, Class<T> row, List<ExportItem> items, Function<ExportItem, T> toRow) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
                CarpetWriter<T> writer = new CarpetWriter.Builder<>(os, row)
                        .withColumnNamingStrategy(ColumnNamingStrategy.SNAKE_CASE)
                        .withExtraMetaData(HfFeatures.METADATA_KEY, HfFeatures.metadata(row))
                        .build()) {
            for (ExportItem i : items) {
                writer.write(toRow.apply(i));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * OpenRLHF: JSON Lines with image content parts, the image embedded as a {@code data:} URI (OpenRLHF
     * opens a path from its working directory, so paths break when the folder moves), and the label.
     */
    private static void openRlhf(Path file, List<ExportItem> items) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (ExportItem i : items) {
                ObjectNode o = Json.object();
                ObjectNode message = o.putArray("prompt").addObject();
                message.put("role", "user");
                ArrayNode content = message.putArray("content");
                content.addObject().put("type", "image");
                content.addObject().put("type", "text").put("text", i.prompt());
                o.putArray("images").add(dataUri(i));
                o.put("label", i.label());
                o.put("id", i.id());
                o.put("type", i.type());
                w.write(Json.line(o));
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
