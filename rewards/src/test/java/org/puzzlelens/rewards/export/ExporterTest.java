package org.puzzlelens.rewards.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jerolba.carpet.CarpetReader;
import com.jerolba.carpet.FieldMatchingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.puzzlelens.puzzles.core.Facts;
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
import org.puzzlelens.rewards.testing.Python;

/** Exports a small clock suite in every format and reads every file back. */
class ExporterTest {
    private static final int COUNT = 4;

    @TempDir
    static Path dir;

    static Path suite;

    @BeforeAll
    static void makeSuite() throws Exception {
        suite = dir.resolve("suite");
        new SuiteWriter(1)
                .write(
                        suite,
                        new SuiteSpec(
                                List.of(Registry.get().type("clock")), COUNT, 7, Preset.ALGOPUZZLEVQA, 64, Map.of()),
                        Progress.NONE);
    }

    /** The whole suite as one train split, so that row i is record i. */
    private static Exporter.Result export(ExportFormat format, String template) throws Exception {
        List<Exporter.Result> written = new Exporter(Registry.get())
                .export(
                        suite,
                        dir.resolve(format.id()),
                        format,
                        PromptTemplate.resolve(template),
                        SplitPlan.single("train"),
                        Progress.NONE);
        assertThat(written).singleElement().extracting(Exporter.Result::split).isEqualTo("train");
        return written.get(0);
    }

    private static MessageType schema(Path file) throws Exception {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            return r.getFooter().getFileMetaData().getSchema();
        }
    }

    private static <T> List<T> rows(Path file, Class<T> type) throws Exception {
        return new CarpetReader<>(file.toFile(), type)
                .withFieldMatchingStrategy(FieldMatchingStrategy.SNAKE_CASE)
                .toList();
    }

    private static byte[] suiteImage(int index) throws Exception {
        return Files.readAllBytes(suite.resolve("images/clock/clock_0000" + index + ".png"));
    }

    /** A label must be gradable by the service: it resolves to the record's own target. */
    private static void assertLabelGradesLikeTheRecord(String label, String id) throws Exception {
        RewardTarget fromLabel = RewardTargets.of((ObjectNode) Json.MAPPER.readTree(label), "label", Registry.get());
        RewardTarget fromSuite = SuiteRecords.read(suite).stream()
                .map(r -> RewardTargets.of(r, Registry.get()))
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(fromLabel).isEqualTo(fromSuite);
        String perfect = "<image_description>" + Facts.format(fromSuite.facts())
                + "</image_description><think>t</think><answer>" + (char) ('A' + fromSuite.answerIndex()) + "</answer>";
        assertThat(new RewardEngine(Designs.defaults())
                        .score("perception", fromLabel, perfect)
                        .total())
                .isEqualTo(3.0);
    }

    @Test
    void verlParquetHasTheEngineSchemaAndEmbeddedImages() throws Exception {
        Exporter.Result r = export(ExportFormat.VERL, "think");
        assertThat(r.rows()).isEqualTo(COUNT);
        assertThat(schema(r.file()).toString())
                .contains(
                        "optional binary data_source (STRING);",
                        "optional group prompt (LIST)",
                        "optional binary role (STRING);",
                        "optional binary content (STRING);",
                        "optional group images (LIST)",
                        "optional binary bytes;",
                        "optional binary path (STRING);",
                        "optional binary ability (STRING);",
                        "optional group reward_model {",
                        "optional binary style (STRING);",
                        "optional binary ground_truth (STRING);",
                        "optional group extra_info {",
                        "optional int32 index;");
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
            assertLabelGradesLikeTheRecord(
                    row.rewardModel().groundTruth(), row.extraInfo().id());
        }
    }

    @Test
    void easyR1ParquetHasProblemAnswerImagesAndAFormatPrompt() throws Exception {
        Exporter.Result r = export(ExportFormat.EASYR1, "describe");
        assertThat(schema(r.file()).getFieldCount()).isEqualTo(5);
        assertThat(schema(r.file()).toString())
                .contains(
                        "optional binary problem (STRING);",
                        "optional binary answer (STRING);",
                        "optional group images (LIST)");
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
        assertThat(schema(r.file()).toString())
                .contains(
                        "optional group prompt (LIST)",
                        "optional binary type (STRING);",
                        "optional binary text (STRING);",
                        "optional binary ground_truth (STRING);");
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
    void openRlhfJsonLinesHaveContentPartsEmbeddedImagesAndLabels() throws Exception {
        Exporter.Result r = export(ExportFormat.OPENRLHF, "think");
        List<String> lines = Files.readAllLines(r.file());
        assertThat(lines).hasSize(COUNT);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.at("/prompt/0/role").asText()).isEqualTo("user");
        assertThat(first.at("/prompt/0/content/0/type").asText()).isEqualTo("image");
        assertThat(first.at("/prompt/0/content/1/text").asText()).startsWith("Question:");
        // a data URI, which OpenRLHF's load_images decodes wherever the file is moved
        String image = first.at("/images/0").asText();
        assertThat(image).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1)))
                .isEqualTo(suiteImage(0));
        assertLabelGradesLikeTheRecord(
                first.get("label").asText(), first.get("id").asText());
    }

    @Test
    void byDefaultEachTypesLastRecordsAreTheValidationSplit() throws Exception {
        List<Exporter.Result> written = new Exporter(Registry.get())
                .export(
                        suite,
                        dir.resolve("split"),
                        ExportFormat.VERL,
                        PromptTemplate.resolve("think"),
                        SplitPlan.trainValidation(0.1),
                        Progress.NONE);
        assertThat(written).extracting(Exporter.Result::split).containsExactly("train", "validation");
        assertThat(written).extracting(Exporter.Result::rows).containsExactly(COUNT - 1, 1); // ceil(0.1 * 4)
        List<ParquetRows.VerlRow> validation = rows(written.get(1).file(), ParquetRows.VerlRow.class);
        assertThat(validation.get(0).extraInfo().split()).isEqualTo("validation");
        assertThat(validation.get(0).extraInfo().index()).isEqualTo(COUNT - 1);
        assertThat(rows(written.get(0).file(), ParquetRows.VerlRow.class))
                .extracting(row -> row.extraInfo().index())
                .containsExactly(0, 1, 2);
    }

    /**
     * Read back by a Parquet footer reader written in Python's standard library (not our Java stack):
     * the images column is a list of {bytes, path} structs typed as an Image list by the huggingface
     * metadata, and every column's feature gives the Arrow type the file has, which is where datasets
     * uses the metadata feature (Features.from_arrow_schema).
     */
    @ParameterizedTest
    @EnumSource(
            value = ExportFormat.class,
            names = {"VERL", "EASYR1", "TRL"})
    void parquetCarriesHuggingFaceFeaturesThatAnIndependentReaderSees(ExportFormat format) throws Exception {
        JsonNode footer = Json.MAPPER.readTree(Python.run(
                Path.of("src/test/python/parquet_footer.py").toAbsolutePath().toString(),
                export(format, "describe").file().toString()));
        assertThat(footer.get("num_rows").asInt()).isEqualTo(COUNT);
        assertThat(footer.get("metadata_keys")).extracting(JsonNode::asText).contains("huggingface");
        JsonNode images = footer.at("/columns/images");
        assertThat(images.get("arrow").asText()).isEqualTo("list<struct<bytes: binary, path: string>>");
        assertThat(images.get("feature")).hasToString("[{\"_type\":\"Image\"}]");
        footer.get("columns")
                .properties()
                .forEach(c -> assertThat(c.getValue().get("feature_arrow").asText())
                        .as(c.getKey())
                        .isEqualTo(c.getValue().get("arrow").asText()));
    }

    @Test
    void builtInPromptsHoldNoCompleteTagPairForAParserToRead() {
        // an engine may hand the prompt to the reward with the completion; only opening tags are named
        for (PromptTemplate t : PromptTemplate.BUILT_IN.values()) {
            for (var type : Registry.get().all()) {
                assertThat(t.render("Q?", List.of("1", "2"), type))
                        .as(t.name() + " / " + type.info().name())
                        .doesNotContain("</");
            }
        }
    }

    @Test
    void customTemplatesAndMistakes(@TempDir Path tmp) throws Exception {
        Path t = Files.writeString(tmp.resolve("mine.txt"), "Q: {question}\n{options}");
        assertThat(PromptTemplate.resolve(t.toString())
                        .render("why?", List.of("1", "2"), Registry.get().type("clock")))
                .isEqualTo("Q: why?\n(A) 1\n(B) 2");
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "no placeholder");
        assertThatThrownBy(() -> PromptTemplate.resolve(bad.toString()))
                .hasMessageContaining("no {question} placeholder");
        assertThatThrownBy(() -> PromptTemplate.resolve("thinking")).hasMessageContaining("neither a built-in");
        assertThatThrownBy(() -> ExportFormat.parse("ray")).hasMessageContaining("use verl, easyr1, openrlhf or trl");
        assertThatThrownBy(() -> new Exporter(Registry.get())
                        .export(
                                tmp,
                                tmp.resolve("o"),
                                ExportFormat.VERL,
                                PromptTemplate.resolve("think"),
                                SplitPlan.single("train"),
                                Progress.NONE))
                .hasMessageContaining("no <type>.json record files");
        assertThatThrownBy(() -> SplitPlan.single("a/b")).hasMessageContaining("use letters, digits, - and _");
        assertThatThrownBy(() -> SplitPlan.trainValidation(1)).hasMessageContaining("use --split NAME");
    }
}
