package org.puzzlelens.puzzles.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.render.ImageFormat;

class SuiteWriterTest {
    @TempDir
    Path dir;

    private static SuiteSpec spec(int count) {
        return new SuiteSpec(Registry.get().select("clock"), count, 5, Preset.ALGOPUZZLEVQA, 128);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    @Test
    void sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws IOException {
        new SuiteWriter(1).write(dir.resolve("one"), spec(30), Progress.NONE);
        new SuiteWriter(4).write(dir.resolve("four"), spec(30), Progress.NONE);
        Map<String, byte[]> one = contents(dir.resolve("one"));
        Map<String, byte[]> four = contents(dir.resolve("four"));
        assertThat(one.keySet()).isEqualTo(four.keySet()).hasSize(33); // 30 images, records, manifest, lock file
        one.forEach((name, bytes) -> assertThat(four.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void recordsAreInIndexOrderAndPointAtTheirImages() throws IOException {
        new SuiteWriter(2).write(dir, spec(12), Progress.NONE);
        List<DatasetRecord.Result> lines = DatasetRecord.readAll(dir.resolve("clock.json"));
        assertThat(lines).hasSize(12);
        for (int i = 0; i < 12; i++) {
            DatasetRecord r = lines.get(i).record();
            assertThat(r.json().get("index").asInt()).isEqualTo(i);
            assertThat(r.image()).exists();
        }
    }

    @Test
    void aRerunCompletesATornSuiteAndRewritesNothingComplete() throws IOException {
        new SuiteWriter(2).write(dir.resolve("whole"), spec(20), Progress.NONE);
        Path torn = dir.resolve("torn");
        new SuiteWriter(2).write(torn, spec(20), Progress.NONE);
        // a crash mid-way: the last 8 records lost, the one before torn in half, one image missing
        Path records = torn.resolve("clock.json");
        List<String> lines = Files.readAllLines(records);
        String kept =
                String.join("\n", lines.subList(0, 11)) + "\n" + lines.get(11).substring(0, 40);
        Files.writeString(records, kept);
        Files.delete(torn.resolve("images/clock/clock_00015.png"));
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Path untouched = torn.resolve("images/clock/clock_00003.png");
        Files.setLastModifiedTime(untouched, old);

        List<SuiteWriter.TypeResult> result = new SuiteWriter(2).write(torn, spec(20), Progress.NONE);

        assertThat(result.get(0).kept()).isEqualTo(11);
        assertThat(result.get(0).generated()).isEqualTo(9);
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(old);
        Map<String, byte[]> whole = contents(dir.resolve("whole"));
        Map<String, byte[]> repaired = contents(torn);
        assertThat(repaired.keySet()).isEqualTo(whole.keySet());
        whole.forEach((name, bytes) -> assertThat(repaired.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aRerunVerifiesWhatItKeepsCuttingAtACutImageADamagedCrcOrInvalidUtf8() throws IOException {
        new SuiteWriter(1).write(dir.resolve("whole"), spec(6), Progress.NONE);
        Map<String, byte[]> whole = contents(dir.resolve("whole"));
        Map<String, java.util.function.Consumer<Path>> damages = new java.util.LinkedHashMap<>();
        damages.put(
                "cut image",
                suite -> rewrite(
                        suite.resolve("images/clock/clock_00002.png"), b -> java.util.Arrays.copyOf(b, b.length - 20)));
        damages.put(
                "damaged CRC",
                suite -> rewrite(suite.resolve("images/clock/clock_00002.png"), b -> {
                    b[b.length / 2] ^= 0x40; // inside the image data: the header still reads fine
                    return b;
                }));
        damages.put(
                "invalid UTF-8",
                suite -> rewrite(suite.resolve("clock.json"), b -> {
                    String text = new String(b, StandardCharsets.UTF_8);
                    int third = text.indexOf('\n', text.indexOf('\n') + 1) + 1; // the line of index 2
                    b[third + 3] = (byte) 0xFF;
                    return b;
                }));
        for (var damage : damages.entrySet()) {
            Path suite = dir.resolve(damage.getKey().replace(' ', '-'));
            new SuiteWriter(1).write(suite, spec(6), Progress.NONE);
            damage.getValue().accept(suite);
            List<SuiteWriter.TypeResult> result = new SuiteWriter(1).write(suite, spec(6), Progress.NONE);
            assertThat(result.get(0).kept()).as(damage.getKey()).isEqualTo(2);
            Map<String, byte[]> repaired = contents(suite);
            whole.forEach((name, bytes) -> assertThat(repaired.get(name))
                    .as(damage.getKey() + ": " + name)
                    .isEqualTo(bytes));
        }
    }

    private static void rewrite(Path file, java.util.function.UnaryOperator<byte[]> change) {
        try {
            Files.write(file, change.apply(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSecondWriterOfTheSameFolderIsRefused() throws IOException {
        try (RunLock first = RunLock.folder(dir)) {
            assertThatThrownBy(() -> new SuiteWriter(1).write(dir, spec(1), Progress.NONE))
                    .isInstanceOf(RunLock.RunLockedException.class)
                    .hasMessageContaining("is being written by another puzzlelens run (process "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("another --out");
        }
        assertThat(new SuiteWriter(1).write(dir, spec(1), Progress.NONE).get(0).generated())
                .isEqualTo(1);
    }

    @Test
    void aLargerCountExtendsTheSuite() throws IOException {
        new SuiteWriter(1).write(dir, spec(5), Progress.NONE);
        List<SuiteWriter.TypeResult> result = new SuiteWriter(1).write(dir, spec(9), Progress.NONE);
        assertThat(result.get(0).kept()).isEqualTo(5);
        assertThat(result.get(0).generated()).isEqualTo(4);
        assertThat(Files.readAllLines(dir.resolve("clock.json"))).hasSize(9);
    }

    @Test
    void aRerunWithOtherOptionsIsRefusedBeforeAnythingIsWritten() throws IOException {
        new SuiteWriter(1).write(dir, spec(3), Progress.NONE);
        byte[] before = Files.readAllBytes(dir.resolve("clock.json"));
        SuiteSpec otherSeed = new SuiteSpec(Registry.get().select("clock"), 3, 6, Preset.ALGOPUZZLEVQA, 128);
        assertThatThrownBy(() -> new SuiteWriter(1).write(dir, otherSeed, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed")
                .hasMessageContaining("another --out");
        assertThat(Files.readAllBytes(dir.resolve("clock.json"))).isEqualTo(before);
    }

    @Test
    void aDamagedManifestIsNamed() throws IOException {
        Files.writeString(dir.resolve(SuiteWriter.MANIFEST), "{not json", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SuiteWriter(1).write(dir, spec(1), Progress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("suite.json is damaged");
    }

    @Test
    void badSpecsAreRejectedWithTheFix() {
        assertThatThrownBy(() -> spec(-1)).hasMessageContaining("count must be >= 0");
        assertThatThrownBy(() -> new SuiteSpec(Registry.get().select("clock"), 1, 1, Preset.ALGOPUZZLEVQA, 10))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Registry.get().select("clock,nosuch"))
                .hasMessageContaining("unknown puzzle type 'nosuch'")
                .hasMessageContaining("clock");
        assertThatThrownBy(() -> new SuiteSpec(
                        Registry.get().select("clock"), 1, 1, Preset.ALGOPUZZLEVQA, 128, Map.of("no_such_param", "1")))
                .hasMessageContaining("no selected type has a parameter");
        assertThatThrownBy(() -> new SuiteSpec(
                        Registry.get().select("clock"),
                        1,
                        1,
                        Preset.ALGOPUZZLEVQA,
                        128,
                        Map.of("offset_hours", "many")))
                .hasMessageContaining("takes an integer");
    }

    @Test
    void anIllegalParameterFailsBeforeTheFolderIsTouchedSoTheFixRunsInTheSameFolder() throws IOException {
        assertThatThrownBy(() -> new SuiteWriter(1)
                        .write(
                                dir,
                                new SuiteSpec(
                                        Registry.get().select("clock"),
                                        3,
                                        1,
                                        Preset.ALGOPUZZLEVQA,
                                        128,
                                        Map.of("minute_step", "7")),
                                Progress.NONE))
                .hasMessageContaining("divisor of 60");
        assertThat(dir).isEmptyDirectory();
        new SuiteWriter(1)
                .write(
                        dir,
                        new SuiteSpec(
                                Registry.get().select("clock"),
                                3,
                                1,
                                Preset.ALGOPUZZLEVQA,
                                128,
                                Map.of("minute_step", "15")),
                        Progress.NONE);
        for (DatasetRecord.Result r : DatasetRecord.readAll(dir.resolve("clock.json"))) {
            assertThat(r.record().json().at("/state/minute").asInt() % 15).isZero();
        }
    }

    @Test
    void aFixedParameterReachesEveryInstance() throws IOException {
        SuiteSpec fixed = new SuiteSpec(
                Registry.get().select("clock"), 6, 1, Preset.ALGOPUZZLEVQA, 128, Map.of("offset_hours", "7"));
        new SuiteWriter(1).write(dir, fixed, Progress.NONE);
        for (DatasetRecord.Result r : DatasetRecord.readAll(dir.resolve("clock.json"))) {
            assertThat(r.record().json().at("/parameters/offset_hours").asInt()).isEqualTo(7);
            assertThat(r.record().question()).contains("7 hours");
        }
    }

    @Test
    void aJpegSuiteNamesJpgImagesThatVerifyAndResume() throws IOException {
        SuiteSpec jpeg = new SuiteSpec(
                Registry.get().select("clock,maze"),
                4,
                5,
                Preset.ALGOPUZZLEVQA,
                128,
                Map.of(),
                ImageFormat.of("jpeg", 80));
        new SuiteWriter(2).write(dir, jpeg, Progress.NONE);
        List<DatasetRecord.Result> lines = Verifier.load(List.of(dir.resolve("clock.json"), dir.resolve("maze.json")));
        for (DatasetRecord.Result line : lines) {
            assertThat(line.record().json().get("image").asText()).matches("images/(clock|maze)/\\w+_0000\\d\\.jpg");
            byte[] bytes = Files.readAllBytes(line.record().image());
            assertThat(bytes).startsWith(0xff, 0xd8, 0xff); // JPEG's start-of-image marker
        }
        assertThat(new Verifier(Registry.get(), true).verify(lines, n -> {}).allAgree())
                .isTrue();

        List<SuiteWriter.TypeResult> rerun = new SuiteWriter(1).write(dir, jpeg, Progress.NONE);
        assertThat(rerun).allSatisfy(r -> assertThat(r.kept()).isEqualTo(4));
        assertThatThrownBy(() -> new SuiteWriter(1)
                        .write(
                                dir,
                                new SuiteSpec(Registry.get().select("clock"), 4, 5, Preset.ALGOPUZZLEVQA, 128),
                                Progress.NONE))
                .hasMessageContaining("image_format");
    }
}
