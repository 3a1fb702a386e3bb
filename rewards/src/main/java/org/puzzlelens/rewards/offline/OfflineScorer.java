package org.puzzlelens.rewards.offline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.JsonLines;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.rewards.service.RecordIndex;
import org.puzzlelens.rewards.service.RewardJson;

/**
 * Scores a JSON Lines file of past completions (e.g. an evaluation run's outputs) under chosen
 * designs. A line names its record by {@code id} (or {@code record_id}, or {@code instance} as in an
 * evaluation run's results) of the suite, or carries a
 * {@code label} or {@code record}; the text is {@code completion} (or {@code response}, {@code output}).
 * Lines that cannot be scored are reported by number; the rest are scored.
 */
public final class OfflineScorer {
    private static final List<String> TEXT_FIELDS = List.of("completion", "response", "output");

    private final RewardEngine engine;
    private final RecordIndex index;
    private final Registry registry;

    public OfflineScorer(RewardEngine engine, RecordIndex index, Registry registry) {
        this.engine = engine;
        this.index = index;
        this.registry = registry;
    }

    /** What scoring found: per-design and per-type tallies, and the lines that could not be scored. */
    public record Report(
            Map<String, Tally> byDesign, Map<String, BehaviourTally> byType, List<String> problems, int scored) {}

    public Report score(Path completions, List<Design> designs, Path out, Progress progress) throws IOException {
        List<JsonLines.Line> lines = JsonLines.read(completions);
        List<String> problems = new ArrayList<>();
        List<Scored> scored = new ArrayList<>();
        progress.begin("score", lines.size());
        try {
            List<Optional<Scored>> results = lines.parallelStream()
                    .map(line -> {
                        Optional<Scored> s = scoreLine(line, designs, problems);
                        progress.advance(1);
                        return s;
                    })
                    .toList();
            results.forEach(s -> s.ifPresent(scored::add));
        } finally {
            progress.end();
        }
        Map<String, Tally> byDesign = new LinkedHashMap<>();
        designs.forEach(d -> byDesign.put(d.name(), new Tally()));
        Map<String, BehaviourTally> byType = new LinkedHashMap<>();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                JsonGenerator g = Json.MAPPER.createGenerator(w)) {
            g.setRootValueSeparator(null); // the line break separates results; Jackson's default adds a space
            for (Scored s : scored) {
                s.rewards().forEach((name, r) -> byDesign.get(name).add(r));
                byType.computeIfAbsent(s.evidence().target().typeName(), t -> new BehaviourTally())
                        .add(s.evidence());
                g.writeStartObject();
                RewardJson.writeFields(g, s.evidence(), s.rewards());
                g.writeNumberField("line", s.line());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
        List<String> sortedProblems;
        synchronized (problems) {
            sortedProblems = problems.stream().sorted().toList();
        }
        return new Report(byDesign, byType, sortedProblems, scored.size());
    }

    private record Scored(int line, Evidence evidence, Map<String, Reward> rewards) {}

    private Optional<Scored> scoreLine(JsonLines.Line line, List<Design> designs, List<String> problems) {
        try {
            if (!(line instanceof JsonLines.Parsed p)) {
                throw new MalformedRecordException(((JsonLines.Broken) line).problem());
            }
            Evidence e = engine.read(target(p.json(), line.where()), text(p.json()));
            Map<String, Reward> rewards = new LinkedHashMap<>();
            designs.forEach(d -> rewards.put(d.name(), d.score(e)));
            return Optional.of(new Scored(line.number(), e, rewards));
        } catch (MalformedRecordException | IllegalArgumentException e) {
            String message =
                    e.getMessage().startsWith(line.where()) ? e.getMessage() : line.where() + ": " + e.getMessage();
            synchronized (problems) {
                problems.add(message);
            }
            return Optional.empty();
        }
    }

    private RewardTarget target(ObjectNode json, String where) {
        if (json.get("record") instanceof ObjectNode record) {
            return RewardTargets.of(record, where, registry);
        }
        JsonNode label = json.get("label");
        if (label != null && label.isTextual() && label.asText().strip().startsWith("{")) {
            try {
                return RewardTargets.of((ObjectNode) Json.MAPPER.readTree(label.asText()), where, registry);
            } catch (IOException | ClassCastException e) {
                throw new MalformedRecordException(where + ": 'label' is not a JSON object");
            }
        }
        // "instance" is how an evaluation run's results name their record
        for (String field : List.of("id", "record_id", "instance", "label")) {
            JsonNode v = json.get(field);
            if (v != null && v.isTextual()) {
                return index.find(v.asText())
                        .orElseThrow(() -> new MalformedRecordException(
                                where + ": no record '" + v.asText() + "' in " + index.source()));
            }
        }
        throw new MalformedRecordException(
                where + ": give the record as 'id', 'record_id', 'instance', 'label' or 'record'");
    }

    private static String text(ObjectNode json) {
        for (String field : TEXT_FIELDS) {
            JsonNode v = json.get(field);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        throw new MalformedRecordException("no completion text: give 'completion', 'response' or 'output' as a string");
    }
}
