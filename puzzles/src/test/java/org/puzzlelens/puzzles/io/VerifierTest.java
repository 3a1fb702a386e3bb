package org.puzzlelens.puzzles.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.testing.ReleasedData;

class VerifierTest {
    @TempDir
    Path dir;

    private final Verifier verifier = new Verifier(Registry.get());

    @Test
    void malformedLinesAreReportedWithFileAndLineAndTheRestIsChecked() throws IOException {
        List<String> released = Files.readAllLines(ReleasedData.algoPuzzleVqa("clock"));
        Path file = dir.resolve("clock.json");
        Files.write(
                file,
                List.of(
                        released.get(0),
                        "{\"question\": broken",
                        "",
                        released.get(1),
                        "[1,2]",
                        "{\"question\": \"q\", \"options\": [\"1:00\"], \"answer\": \"1:00\"}"));
        Verifier.Report report = verifier.verify(Verifier.load(List.of(file)), n -> {});
        assertThat(report.agreed()).isEqualTo(2);
        assertThat(report.problems()).hasSize(3);
        assertThat(report.problems().get(0).toString()).contains("clock.json:2").contains("malformed JSON");
        assertThat(report.problems().get(1).toString()).contains("clock.json:5").contains("expected a JSON object");
        assertThat(report.problems().get(2).toString()).contains("clock.json:6").contains("missing field 'solution'");
        assertThat(report.allAgree()).isFalse();
    }

    @Test
    void aTamperedAnswerIsCaught() throws IOException {
        String line = Files.readAllLines(ReleasedData.algoPuzzleVqa("clock")).get(0); // answer 4:23
        Path file = dir.resolve("clock.json");
        Files.writeString(file, line.replace("\"answer\": \"4:23\"", "\"answer\": \"2:07\"") + "\n");
        Verifier.Report report = verifier.verify(Verifier.load(List.of(file)), n -> {});
        assertThat(report.problems())
                .singleElement()
                .isInstanceOfSatisfying(
                        Verifier.Disagreed.class,
                        d -> assertThat(d.solverAnswer()).isEqualTo("4:23"));
    }

    @Test
    void unknownTypesAndMissingFilesAreNamed() throws IOException {
        Path file = dir.resolve("nosuch.json");
        Files.writeString(file, "{\"question\": \"q\", \"options\": [], \"answer\": \"a\"}\n");
        Verifier.Report report = verifier.verify(Verifier.load(List.of(file)), n -> {});
        assertThat(report.problems().get(0).toString()).contains("no puzzle type named 'nosuch'");
        assertThatThrownBy(() -> Verifier.load(List.of(dir.resolve("absent.json"))))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("absent.json");
    }

    @Test
    void nonUtf8FilesAreRejectedWithTheirName() throws IOException {
        Path file = dir.resolve("clock.json");
        Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        assertThatThrownBy(() -> Verifier.load(List.of(file))).hasMessageContaining("not UTF-8");
    }

    @Test
    void aJsonArrayFileIsReadToo() throws IOException {
        List<String> released = Files.readAllLines(ReleasedData.algoPuzzleVqa("clock"));
        Path file = dir.resolve("clock.json");
        Files.writeString(file, "[" + released.get(0) + ",\n" + released.get(1) + "]");
        assertThat(verifier.verify(Verifier.load(List.of(file)), n -> {}).agreed())
                .isEqualTo(2);
    }
}
