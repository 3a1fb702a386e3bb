package org.puzzlelens.eval.run;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.RunLock;

/**
 * A results file in JSON Lines, appended one line per result and written through to the operating
 * system per line, so that a killed run loses at most the line being written.
 *
 * <p>Opening it repairs and compacts: a torn or unreadable last line (a kill mid-write) is cut;
 * {@code failed} lines are dropped so that this run retries them; a key seen twice keeps its first
 * line. The file then holds each key at most once, and {@link #append} never writes a key twice.
 */
public final class ResultsFile implements Closeable {
    private final Path file;
    private final Map<ResultKey, EvalResult> done = new LinkedHashMap<>();
    private final Set<ResultKey> written = new HashSet<>();
    private final Repair repair;
    /**
     * A stream, not a {@code FileChannel}: a cancelled run interrupts its requests' threads, and an
     * interrupt during (or before) a channel's write closes the channel for every thread
     * ({@code ClosedByInterruptException}), which failed the run's remaining writes. A stream's write
     * is not interruptible.
     */
    private final FileOutputStream out;

    private final RunLock lock;

    /**
     * What opening changed.
     *
     * @param tornBytes bytes of a torn or unreadable last line that were cut
     * @param failedDropped failed lines dropped, to be retried
     */
    public record Repair(int tornBytes, int failedDropped, int duplicatesDropped) {
        public boolean changed() {
            return tornBytes > 0 || failedDropped > 0 || duplicatesDropped > 0;
        }
    }

    private ResultsFile(Path file, RunLock lock) throws IOException {
        this.file = file;
        this.lock = lock;
        this.repair = load();
        this.out = new FileOutputStream(file.toFile(), true);
        written.addAll(done.keySet());
    }

    /** Opens for appending; a second writer of the same file, in this process or another, is refused. */
    public static ResultsFile open(Path file) throws IOException {
        RunLock lock = RunLock.file(file); // before the repair: it cuts the file another writer may be filling
        try {
            return new ResultsFile(file, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Reads every line of a results file (for reports); a torn last line is skipped, not cut. */
    public static List<EvalResult> read(Path file) throws IOException {
        List<EvalResult> out = new ArrayList<>();
        List<String> lines = splitLines(Files.readAllBytes(file)).complete();
        for (int i = 0; i < lines.size(); i++) {
            parse(lines.get(i), file, i + 1, i == lines.size() - 1).ifPresent(out::add);
        }
        return out;
    }

    private Repair load() throws IOException {
        if (!Files.exists(file)) {
            return new Repair(0, 0, 0);
        }
        Lines lines = splitLines(Files.readAllBytes(file));
        int torn = lines.tornBytes();
        int failed = 0;
        int duplicates = 0;
        List<String> complete = lines.complete();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            String text = complete.get(i);
            var parsed = parse(text, file, i + 1, i == complete.size() - 1);
            if (parsed.isEmpty()) {
                torn += text.getBytes(StandardCharsets.UTF_8).length + 1;
                continue;
            }
            EvalResult r = parsed.get();
            if (!r.ok()) {
                failed++;
            } else if (done.putIfAbsent(r.key(), r) != null) {
                duplicates++;
            } else {
                kept.add(text);
            }
        }
        Repair result = new Repair(torn, failed, duplicates);
        if (result.changed()) {
            rewrite(kept);
        }
        return result;
    }

    /**
     * @param isLast an unreadable last line is a torn write and is dropped; an unreadable line before
     *     it means the file was damaged otherwise, which is not ours to guess about
     */
    private static Optional<EvalResult> parse(String text, Path file, int number, boolean isLast) throws IOException {
        try {
            EvalResult r = Json.MAPPER.readValue(text, EvalResult.class);
            if (r.model() == null || r.condition() == null || r.instance() == null || r.status() == null) {
                throw new IOException("missing model, condition, instance or status");
            }
            return Optional.of(r);
        } catch (IOException e) {
            if (isLast) {
                return Optional.empty();
            }
            throw new IOException(
                    file + ":" + number + " is not a result line ("
                            + e.getMessage().lines().findFirst().orElse("")
                            + "); remove that line or choose another --out",
                    e);
        }
    }

    private record Lines(List<String> complete, int tornBytes) {}

    /** Complete lines (ended by a newline) and the length of a trailing fragment without one. */
    private static Lines splitLines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String s = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (!s.isBlank()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        return new Lines(out, bytes.length - start);
    }

    private void rewrite(List<String> kept) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder text = new StringBuilder();
        kept.forEach(line -> text.append(line).append('\n'));
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public Path path() {
        return file;
    }

    public Repair repair() {
        return repair;
    }

    /** The ok results found on opening. */
    public Map<ResultKey, EvalResult> done() {
        return Map.copyOf(done);
    }

    public boolean isDone(ResultKey key) {
        return done.containsKey(key);
    }

    /**
     * Appends one line unless its key is already in the file; returns whether it was written. The
     * line goes out in a single write, so a kill leaves it whole or torn, never interleaved.
     */
    public synchronized boolean append(EvalResult result) throws IOException {
        if (!written.add(result.key())) {
            return false;
        }
        out.write((Json.line(Json.tree(result)) + "\n").getBytes(StandardCharsets.UTF_8));
        return true;
    }

    @Override
    public synchronized void close() throws IOException {
        try (lock) {
            out.close();
        }
    }
}
