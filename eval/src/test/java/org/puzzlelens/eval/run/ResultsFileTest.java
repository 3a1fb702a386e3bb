package org.puzzlelens.eval.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.RunLock;

class ResultsFileTest {
    @TempDir
    Path dir;

    private static EvalResult line(String instance, String status) {
        return new EvalResult(
                "m",
                "s",
                "text",
                "clock",
                instance,
                0,
                status,
                4,
                "A",
                "(A)",
                null,
                "A",
                "answer_marker/letter",
                null,
                EvalResult.OK.equals(status) ? true : null,
                null,
                null,
                1,
                5,
                0,
                0);
    }

    @Test
    void appendWritesEachKeyOnceEvenWhenAskedTwice() throws IOException {
        Path file = dir.resolve("r.jsonl");
        try (ResultsFile f = ResultsFile.open(file)) {
            assertThat(f.append(line("a", EvalResult.OK))).isTrue();
            assertThat(f.append(line("a", EvalResult.OK))).isFalse();
        }
        try (ResultsFile f = ResultsFile.open(file)) {
            assertThat(f.append(line("a", EvalResult.OK))).isFalse();
            assertThat(f.append(line("b", EvalResult.OK))).isTrue();
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    /** A cancelled run interrupts its requests' threads; one that still writes must not close the file for the rest. */
    @Test
    void anInterruptedWriterNeitherFailsNorClosesTheFileForOthers() throws Exception {
        Path file = dir.resolve("r.jsonl");
        try (ResultsFile f = ResultsFile.open(file)) {
            boolean[] written = new boolean[1];
            Thread interrupted = Thread.ofVirtual().start(() -> {
                Thread.currentThread().interrupt();
                try {
                    written[0] = f.append(line("a", EvalResult.OK));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            interrupted.join();
            assertThat(written[0]).isTrue();
            assertThat(f.append(line("b", EvalResult.OK))).isTrue();
        }
        assertThat(ResultsFile.read(file)).extracting(EvalResult::instance).containsExactly("a", "b");
    }

    @Test
    void aSecondWriterIsRefusedBeforeItTouchesTheFile() throws IOException {
        Path file = dir.resolve("r.jsonl");
        try (ResultsFile f = ResultsFile.open(file)) {
            f.append(line("a", EvalResult.OK));
            Files.writeString(file, "{torn", StandardOpenOption.APPEND); // what a writer mid-line leaves
            assertThatThrownBy(() -> ResultsFile.open(file))
                    .isInstanceOf(RunLock.RunLockedException.class)
                    .hasMessageContaining(file + " is being written by another puzzlelens run");
            assertThat(Files.readString(file)).endsWith("{torn"); // the refused opener repaired nothing
        }
    }

    @Test
    void openingDropsFailedLinesDuplicatesAndAnUnreadableLastLine() throws IOException {
        Path file = dir.resolve("r.jsonl");
        String ok = Json.line(Json.tree(line("a", EvalResult.OK)));
        String failed = Json.line(Json.tree(line("b", EvalResult.FAILED)));
        Files.writeString(file, ok + "\n" + failed + "\n" + ok + "\n{\"model\": broken}\n");
        try (ResultsFile f = ResultsFile.open(file)) {
            assertThat(f.repair()).isEqualTo(new ResultsFile.Repair(18, 1, 1));
            assertThat(f.done()).hasSize(1);
        }
        assertThat(Files.readString(file)).isEqualTo(ok + "\n");
    }

    @Test
    void damageBeforeTheLastLineIsReportedNotGuessedAt() throws IOException {
        Path file = dir.resolve("r.jsonl");
        String ok = Json.line(Json.tree(line("a", EvalResult.OK)));
        Files.writeString(file, "not json\n" + ok + "\n");
        assertThatThrownBy(() -> ResultsFile.open(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("r.jsonl:1 is not a result line");
        assertThat(Files.readString(file)).startsWith("not json"); // untouched
    }
}
