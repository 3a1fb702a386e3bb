package org.puzzlelens.train.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event file read back by an independent reader: a Python script (standard library only, no
 * TensorBoard on Debian) that checks both CRCs of every record and decodes the Event protos.
 */
class TensorBoardLogTest {
    @TempDir
    Path dir;

    private static Map<String, Double> row(double step, double reward, double kl) {
        Map<String, Double> r = new LinkedHashMap<>();
        r.put("step", step);
        r.put("reward", reward);
        r.put("kl", kl);
        return r;
    }

    private JsonNode read(Path events) throws Exception {
        Path script = dir.resolve("read_tfevents.py");
        try (InputStream in = getClass().getResourceAsStream("read_tfevents.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), events.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed: " + e.getMessage());
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }

    @Test
    void theIndependentReaderFindsEveryScalarWithValidChecksums() throws Exception {
        TensorBoardLog log = TensorBoardLog.start(dir.resolve("tb"), List.of(row(1, 0.25, 0.0)));
        log.append(row(2, 0.5, 0.0125));
        log.append(row(300, -1.5, 1e-4));
        JsonNode json = read(log.file());
        assertThat(json.path("version").asText()).isEqualTo("brain.Event:2");
        JsonNode s = json.path("scalars");
        assertThat(s).hasSize(6);
        assertThat(s.get(0).path("tag").asText()).isEqualTo("reward");
        assertThat(s.get(0).path("step").asLong()).isEqualTo(1);
        assertThat(s.get(3).path("value").asDouble()).isCloseTo(0.0125, within(1e-7));
        assertThat(s.get(4).path("step").asLong()).isEqualTo(300); // a two-byte varint
        assertThat(s.get(4).path("value").asDouble()).isEqualTo(-1.5);
    }

    @Test
    void aCorruptedByteIsCaughtByTheChecksum() throws Exception {
        TensorBoardLog log = TensorBoardLog.start(dir.resolve("tb"), List.of(row(1, 0.25, 0.0)));
        byte[] bytes = Files.readAllBytes(log.file());
        bytes[bytes.length - 6] ^= 1;
        Files.write(log.file(), bytes);
        Path script = dir.resolve("read_tfevents.py");
        try (InputStream in = getClass().getResourceAsStream("read_tfevents.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder("python3", script.toString(), log.file().toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertThat(out).contains("bad data CRC");
    }

    @Test
    void startingAgainReplacesTheEarlierFileSoEachStepAppearsOnce() throws Exception {
        Path tb = dir.resolve("tb");
        TensorBoardLog.start(tb, List.of(row(1, 0.1, 0), row(2, 0.2, 0))).append(row(3, 0.3, 0));
        TensorBoardLog again = TensorBoardLog.start(tb, List.of(row(1, 0.1, 0), row(2, 0.2, 0)));
        try (var files = Files.list(tb)) {
            assertThat(files.toList()).containsExactly(again.file());
        }
        assertThat(read(again.file()).path("scalars").findValuesAsText("tag")).hasSize(4);
    }

    @Test
    void masksTheCrcAsTensorFlowDoes() {
        // CRC32C("123456789") = 0xE3069283 (RFC 3720); masked: rotate right 15, add 0xa282ead8
        int crc = 0xE3069283;
        assertThat(TensorBoardLog.maskedCrc("123456789".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(((crc >>> 15) | (crc << 17)) + 0xa282ead8);
    }
}
