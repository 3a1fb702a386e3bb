package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugging Face dataset folder, checked as the Hub reads it: the card's YAML header parses, names a
 * feature for every metadata column (image for file_name) and every split with its row count, and
 * every row's image exists where file_name says, relative to its metadata file.
 */
class HfExportTest {
    @TempDir
    Path dir;

    @Test
    void twoSplitsMakeOneFolderWhoseCardDescribesThem() throws Exception {
        Path suite = dir.resolve("suite");
        Path out = dir.resolve("hf");
        assertThat(Main.commandLine()
                        .execute(
                                "generate",
                                "--types",
                                "clock,maze",
                                "--count",
                                "2",
                                "--image-size",
                                "96",
                                "--out",
                                suite.toString()))
                .isZero();
        assertThat(Main.commandLine()
                        .execute(
                                "export",
                                "--format",
                                "hf",
                                "--suite",
                                suite.toString(),
                                "--out",
                                out.toString(),
                                "--split",
                                "train"))
                .isZero();
        assertThat(Main.commandLine()
                        .execute(
                                "export",
                                "--format",
                                "hf",
                                "--suite",
                                suite.toString(),
                                "--out",
                                out.toString(),
                                "--split",
                                "test"))
                .isZero();
        assertThat(Main.commandLine()
                        .execute(
                                "export",
                                "--format",
                                "hf",
                                "--suite",
                                suite.toString(),
                                "--out",
                                out.toString(),
                                "--split",
                                "Bad-Name"))
                .isEqualTo(2);

        String card = Files.readString(out.resolve("README.md"));
        assertThat(card).startsWith("---\n");
        JsonNode header = new ObjectMapper(new YAMLFactory()).readTree(card.substring(4, card.indexOf("\n---\n", 4)));
        assertThat(header.path("license").asText()).isEqualTo("mit");
        assertThat(header.path("dataset_info").path("splits").findValuesAsText("name"))
                .containsExactly("test", "train");
        assertThat(header.path("dataset_info").path("splits").findValues("num_examples"))
                .allSatisfy(n -> assertThat(n.asInt()).isEqualTo(4));
        assertThat(header.path("configs").get(0).path("data_files").findValuesAsText("path"))
                .containsExactly("test/**", "train/**");
        List<String> features = header.path("dataset_info").path("features").findValuesAsText("name");
        assertThat(features.getFirst()).isEqualTo("image");

        List<String> lines = Files.readAllLines(out.resolve("train/metadata.jsonl"));
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            List<String> columns = new ArrayList<>();
            row.fieldNames().forEachRemaining(columns::add);
            assertThat(columns.getFirst()).isEqualTo("file_name");
            assertThat(columns.subList(1, columns.size())).isEqualTo(features.subList(1, features.size()));
            assertThat(out.resolve("train").resolve(row.path("file_name").asText()))
                    .isRegularFile();
            assertThat(row.path("options").isArray()).isTrue();
            assertThat(row.path("facts").get(0).asText()).contains(" = ");
        }
    }
}
