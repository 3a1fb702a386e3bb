package org.puzzlelens.train.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-step metrics as JSON Lines, one object per step with a {@code step} field. */
public final class MetricsLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public MetricsLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void append(Map<String, ?> row) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(
                file,
                JSON.writeValueAsString(row) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Every complete row, in order. */
    public List<Map<String, Double>> read() throws IOException {
        List<Map<String, Double>> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException torn) {
                break; // a line cut by a kill
            }
            Map<String, Double> row = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                if (e.getValue().isNumber()) {
                    row.put(e.getKey(), e.getValue().asDouble());
                }
            });
            rows.add(row);
        }
        return rows;
    }

    /** Drops rows after {@code step}: a resumed run rewrites what the killed run logged past its checkpoint. */
    public void truncateAfter(long step) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            try {
                if (JSON.readTree(line).path("step").asLong() <= step) {
                    kept.add(line);
                }
            } catch (IOException torn) {
                break;
            }
        }
        // written beside and renamed: a kill during the rewrite leaves the old log or the new one, never half
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, kept);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
