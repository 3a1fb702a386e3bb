package org.puzzlelens.rewards.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.jerolba.carpet.CarpetReader;
import com.jerolba.carpet.FieldMatchingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.SuiteRecords;
import org.puzzlelens.rewards.design.Designs;

/** Exports a small clock suite in every format and reads every file back. */
class ExporterTest {
    private static final int COUNT = 4;

    @TempDir
    static Path dir;
    static Path suite;

    @BeforeAll
    static void makeSuite() throws Exception {
        suite = dir.resolve("suite");
        new SuiteWriter(1).write(suite, new SuiteSpec(List.of(Registry.get().type("clock")), COUNT, 7,
                Preset.ALGOPUZZLEVQA, 64, Map.of()), Progress.NONE);
    }

    private static Exporter.Result export(ExportFormat format, String template) throws Exception {
        return new Exporter(Registry.get()).export(suite, dir.resolve(format.id()), format,
                PromptTemplate.resolve(template), "train", Progress.NONE);
    }

    private static MessageType schema(Path file) throws Exception {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            return r.getFooter().getFileMetaData().getSchema();
        }
    }

    private static <T> List<T> rows(Path file, Class<T> type) throws Exception {
        return new CarpetReader<>(file.toFile(), type).withFieldMatchingStrategy(FieldMatchingStrategy.SNAKE_CASE).toList();
    }

    private static byte[] suiteImage(int index) throws Exception {
        return Files.readAllBytes(suite.resolve("images/clock/clock_0000" + index + ".png"));
    }

    /** A label must be gradable by the service: it resolves to the record's own target. */
    private static void assertLabelGradesLikeTheRecord(String label, String id) throws Exception {
        RewardTarget fromLabel = RewardTargets.of((com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(label),
                "label", Registry.get());
        RewardTarget fromSuite = SuiteRecords.read(suite).stream().map(r -> RewardTargets.of(r, Registry.get()))
                .filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        assertThat(fromLabel).isEqualTo(fromSuite);
        String perfect = "<image_description>" + org.puzzlelens.puzzles.core.Facts.format(fromSuite.facts())
                + "</image_description><think>t</think><answer>" + (char) ('A' + fromSuite.answerIndex()) + "</answer>";
        assertThat(new RewardEngine(Designs.defaults()).score("perception", fromLabel, perfect).total()).isEqualTo(3.0);
    }

    @Test
    void verlParquetHasTheEngineSchemaAndEmbeddedImages() throws Exception {
        Exporter.Result r = export(ExportFormat.VERL, "think");
        assertThat(r.rows()).isEqualTo(COUNT);
        assertThat(schema(r.file()).toString()).contains(
                "optional binary data_source (STRING);",
                "optional group prompt (LIST)", "optional binary role (STRING);", "optional binary content (STRING);",
                "optional group images (LIST)", "optional binary bytes;", "optional binary path (STRING);",
                "optional binary ability (STRING);",
                "optional group reward_model {", "optional binary style (STRING);", "optional binary ground_truth (STRING);",
                "optional group extra_info {", "required int32 index;");
        List<ParquetRows.VerlRow> rows = rows(r.file(), ParquetRows.VerlRow.class);
        assertThat(rows).hasSize(COUNT);
        for (int i = 0; i < COUNT; i++) {
            ParquetRows.VerlRow row = rows.get(i);
            assertThat(row.dataSource()).isEqualTo("puzzlelens/clock");
            assertThat(row.ability()).isEqualTo("visual_reasoning");
            assertThat(row.prompt()).singleElement().satisfies(m -> {
                assertThat(m.role()).isEqualTo("user");
                assertThat(m.content()).startsWith("<image>Question: ").contains("(A) ", "<think>", "<answer>");
                assertThat(m.content().split("<image>", -1)).hasSize(2); // one placeholder per image
            });
            assertThat(row.images()).hasSize(1);
            assertThat(row.images().get(0).bytes().getBytes()).isEqualTo(suiteImage(i));
            assertThat(row.images().get(0).path()).isEqualTo("clock_0000" + i + ".png");
            assertThat(row.rewardModel().style()).isEqualTo("rule");
            assertThat(row.extraInfo().index()).isEqualTo(i);
            assertThat(row.extraInfo().split()).isEqualTo("train");
            assertLabelGradesLikeTheRecord(row.rewardModel().groundTruth(), row.extraInfo().id());
        }
    }

    @Test
    void easyR1ParquetHasProblemAnswerImagesAndAFormatPrompt() throws Exception {
        Exporter.Result r = export(ExportFormat.EASYR1, "describe");
        assertThat(schema(r.file()).getFieldCount()).isEqualTo(5);
        assertThat(schema(r.file()).toString()).contains("optional binary problem (STRING);",
                "optional binary answer (STRING);", "optional group images (LIST)");
        List<ParquetRows.EasyR1Row> rows = rows(r.file(), ParquetRows.EasyR1Row.class);
        assertThat(rows).hasSize(COUNT);
        assertThat(rows.get(2).problem()).startsWith("<image>Question:").contains("<image_description>");
        assertThat(rows.get(2).images().get(0).bytes().getBytes()).isEqualTo(suiteImage(2));
        assertLabelGradesLikeTheRecord(rows.get(2).answer(), rows.get(2).id());
        assertThat(r.file().resolveSibling("format_prompt.jinja")).hasContent("{{ content | trim }}");
    }

    @Test
    void trlParquetHasAConversationalPromptWithImageParts() throws Exception {
        Exporter.Result r = export(ExportFormat.TRL, "perception");
        assertThat(schema(r.file()).toString()).contains("optional group prompt (LIST)", "optional binary type (STRING);",
                "optional binary text (STRING);", "optional binary ground_truth (STRING);");
        List<ParquetRows.TrlRow> rows = rows(r.file(), ParquetRows.TrlRow.class);
        assertThat(rows).hasSize(COUNT);
        ParquetRows.TrlRow row = rows.get(1);
        assertThat(row.prompt()).singleElement().satisfies(m -> {
            assertThat(m.content()).extracting(ParquetRows.Part::type).containsExactly("image", "text");
            assertThat(m.content().get(0).text()).isNull();
            assertThat(m.content().get(1).text()).contains("hour = <the hour"); // the clock's fact guide
        });
        assertThat(row.images().get(0).bytes().getBytes()).isEqualTo(suiteImage(1));
        assertLabelGradesLikeTheRecord(row.groundTruth(), row.id());
    }

    @Test
    void openRlhfJsonLinesHaveContentPartsImagePathsAndLabels() throws Exception {
        Exporter.Result r = export(ExportFormat.OPENRLHF, "think");
        List<String> lines = Files.readAllLines(r.file());
        assertThat(lines).hasSize(COUNT);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.at("/prompt/0/role").asText()).isEqualTo("user");
        assertThat(first.at("/prompt/0/content/0/type").asText()).isEqualTo("image");
        assertThat(first.at("/prompt/0/content/1/text").asText()).startsWith("Question:");
        Path image = Path.of(first.at("/images/0").asText());
        assertThat(image).isAbsolute().startsWith(dir.resolve("openrlhf").toAbsolutePath());
        assertThat(Files.readAllBytes(image)).isEqualTo(suiteImage(0));
        assertLabelGradesLikeTheRecord(first.get("label").asText(), first.get("id").asText());
    }

    @Test
    void customTemplatesAndMistakes(@TempDir Path tmp) throws Exception {
        Path t = Files.writeString(tmp.resolve("mine.txt"), "Q: {question}\n{options}");
        assertThat(PromptTemplate.resolve(t.toString()).render("why?", List.of("1", "2"), Registry.get().type("clock")))
                .isEqualTo("Q: why?\n(A) 1\n(B) 2");
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "no placeholder");
        assertThatThrownBy(() -> PromptTemplate.resolve(bad.toString())).hasMessageContaining("no {question} placeholder");
        assertThatThrownBy(() -> PromptTemplate.resolve("thinking")).hasMessageContaining("neither a built-in");
        assertThatThrownBy(() -> ExportFormat.parse("ray")).hasMessageContaining("use verl, easyr1, openrlhf or trl");
        assertThatThrownBy(() -> new Exporter(Registry.get()).export(tmp, tmp.resolve("o"), ExportFormat.VERL,
                PromptTemplate.resolve("think"), "train", Progress.NONE)).hasMessageContaining("no <type>.json record files");
    }
}
