package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.render.ImageFormat;
import org.puzzlelens.puzzles.render.ReusableCanvas;

/**
 * Writes a suite folder: {@code suite.json} (what was asked), one {@code <type>.json} of JSON Lines
 * per type in index order, and {@code images/<type>/<type>_NNNNN.png} (or {@code .jpg} when the suite is
 * written as JPEG).
 *
 * <p>Resumable: a rerun keeps every record line that is complete and valid and whose image exists,
 * cuts off a torn last line, and generates only what is missing. Images are written to a temporary
 * file and renamed, so an image under its final name is always complete; records are appended in
 * index order and flushed line by line.
 */
public final class SuiteWriter {
    public static final String MANIFEST = "suite.json";
    /**
     * Each generating thread's pixel buffer: an image is encoded and dropped at once, so it need not be
     * fresh. The threads are the pool's of one {@link #write}, so the buffers go with them.
     */
    private static final ThreadLocal<ReusableCanvas> CANVAS = ThreadLocal.withInitial(ReusableCanvas::new);

    private final int threads;

    public SuiteWriter(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** Per type: how many records were kept from an earlier run and how many were generated now. */
    public record TypeResult(String type, int kept, int generated, Path records) {}

    /** Writes or completes the suite in {@code out}; a second writer of the same folder is refused. */
    public List<TypeResult> write(Path out, SuiteSpec spec, Progress progress) throws IOException {
        try (RunLock lock = RunLock.folder(out)) {
            return writeLocked(out, spec, progress);
        }
    }

    private List<TypeResult> writeLocked(Path out, SuiteSpec spec, Progress progress) throws IOException {
        Manifest.checkOrCreate(out.resolve(MANIFEST), spec);
        List<Path> files = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        long todo = 0;
        for (PuzzleType<?> type : spec.types()) {
            Path file = out.resolve(type.info().name() + ".json");
            int k = keepValidPrefix(file, out, type, spec);
            files.add(file);
            kept.add(k);
            todo += Math.max(0, spec.count() - k);
        }
        List<TypeResult> results = new ArrayList<>();
        progress.begin("generate", todo);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < spec.types().size(); t++) {
                PuzzleType<?> type = spec.types().get(t);
                int made = generate(pool, out, files.get(t), type, kept.get(t), spec, progress);
                results.add(
                        new TypeResult(type.info().name(), Math.min(kept.get(t), spec.count()), made, files.get(t)));
            }
        } finally {
            pool.shutdownNow();
            progress.end();
        }
        Manifest.recordCounts(out.resolve(MANIFEST), spec);
        return results;
    }

    private int generate(
            ExecutorService pool, Path out, Path file, PuzzleType<?> type, int from, SuiteSpec spec, Progress progress)
            throws IOException {
        if (from >= spec.count()) {
            return 0;
        }
        Path imageDir = out.resolve("images").resolve(type.info().name());
        Files.createDirectories(imageDir);
        Deque<Future<String>> window = new ArrayDeque<>();
        AtomicInteger next = new AtomicInteger(from);
        int made = 0;
        try (OutputStream records = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (next.get() < spec.count() || !window.isEmpty()) {
                while (next.get() < spec.count() && window.size() < threads * 4) {
                    int index = next.getAndIncrement();
                    window.add(pool.submit(() -> build(type, index, spec, imageDir)));
                }
                String line = await(window.removeFirst(), type);
                records.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                records.flush();
                made++;
                progress.advance(1);
            }
        }
        return made;
    }

    private static String await(Future<String> f, PuzzleType<?> type) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("generating " + type.info().name() + " failed: " + cause, cause);
        }
    }

    private static String build(PuzzleType<?> type, int index, SuiteSpec spec, Path imageDir) {
        PuzzleInstance inst = Instances.create(type, spec.seed(), index, spec.preset(), spec.overrides(type));
        String fileName = inst.imageFileName(spec.imageFormat().extension());
        Path image = imageDir.resolve(fileName);
        try {
            if (!isValidImage(image, spec.imageSize())) {
                byte[] encoded = spec.imageFormat().encode(CANVAS.get().render(type, inst.state(), spec.imageSize()));
                Path tmp = image.resolveSibling(image.getFileName() + ".tmp");
                Files.write(tmp, encoded);
                Files.move(tmp, image, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String relative = "images/" + type.info().name() + "/" + fileName;
        return Json.line(Records.write(inst, relative));
    }

    /**
     * An image is kept when it is whole and its longer side is the requested size: a PNG with every chunk's
     * CRC checked, a JPEG whose header decodes and that ends with its end-of-image marker.
     */
    static boolean isValidImage(Path image, int longSide) {
        if (!Files.isRegularFile(image)) {
            return false;
        }
        try {
            byte[] bytes = Files.readAllBytes(image);
            return image.getFileName().toString().endsWith(".png")
                    ? PngCheck.longSide(bytes).orElse(-1) == longSide
                    : isWholeJpeg(bytes) && jpegLongSide(image) == longSide;
        } catch (IOException e) {
            return false;
        }
    }

    /** A JPEG a killed writer left whole: it starts with SOI and ends with EOI. */
    private static boolean isWholeJpeg(byte[] b) {
        return b.length > 4
                && (b[0] & 0xFF) == 0xFF
                && (b[1] & 0xFF) == 0xD8
                && (b[b.length - 2] & 0xFF) == 0xFF
                && (b[b.length - 1] & 0xFF) == 0xD9;
    }

    private static int jpegLongSide(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return -1;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Math.max(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Keeps the longest prefix of valid lines (index in order, expected id, image present) and cuts
     * the file there; returns how many lines were kept.
     */
    static int keepValidPrefix(Path file, Path out, PuzzleType<?> type, SuiteSpec spec) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(file);
        int kept = 0;
        int keptBytes = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            Optional<String> text = strictUtf8(bytes, start, i - start);
            if (text.isEmpty() || !isValidLine(text.get(), kept, out, type, spec)) {
                break;
            }
            kept++;
            keptBytes = i + 1;
            start = i + 1;
        }
        if (keptBytes < bytes.length) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(keptBytes);
            }
        }
        return kept;
    }

    /** The line as text, or empty when it is not valid UTF-8 (a lenient decoder would keep it with U+FFFD). */
    private static Optional<String> strictUtf8(byte[] bytes, int from, int length) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, from, length))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isValidLine(String text, int index, Path out, PuzzleType<?> type, SuiteSpec spec) {
        if (!(JsonLines.parse(out, index + 1, text) instanceof JsonLines.Parsed parsed)) {
            return false;
        }
        ObjectNode json = parsed.json();
        String expectedId = PuzzleInstance.id(type.info().name(), spec.seed(), index);
        JsonNode image = json.get("image");
        return json.path("index").asInt(-1) == index
                && expectedId.equals(json.path("id").asText())
                && image != null
                && json.path("options").isArray()
                && isValidImage(out.resolve(image.asText()), spec.imageSize());
    }

    /** The suite's manifest: a rerun into the same folder must ask for the same instances. */
    static final class Manifest {
        private Manifest() {}

        static void checkOrCreate(Path file, SuiteSpec spec) throws IOException {
            if (!Files.exists(file)) {
                writeAtomically(file, describe(spec));
                return;
            }
            JsonNode old;
            try {
                old = Json.MAPPER.readTree(file.toFile());
            } catch (IOException e) {
                throw new IOException(
                        file + " is damaged (" + e.getMessage()
                                + "); delete it to start this folder afresh, or choose another --out",
                        e);
            }
            ObjectNode now = describe(spec);
            for (String field : List.of("seed", "preset", "image_size", "params", "image_format")) {
                // compared as text: a seed written as a long reads back as an int node
                if (!String.valueOf(now.get(field)).equals(String.valueOf(old.get(field)))) {
                    throw new IllegalArgumentException(file.getParent() + " holds a suite made with " + field + " = "
                            + old.get(field) + ", not " + now.get(field)
                            + "; use the same options to complete it, or another --out folder");
                }
            }
        }

        static void recordCounts(Path file, SuiteSpec spec) throws IOException {
            ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(file.toFile());
            ObjectNode counts = manifest.with("counts");
            spec.types().forEach(t -> counts.put(t.info().name(), spec.count()));
            writeAtomically(file, manifest);
        }

        private static ObjectNode describe(SuiteSpec spec) {
            ObjectNode o = Json.object();
            o.put("format", "puzzlelens-suite/1");
            o.put("seed", spec.seed());
            o.put("preset", spec.preset().id());
            o.put("image_size", spec.imageSize());
            if (!ImageFormat.PNG.equals(spec.imageFormat())) {
                // written only when not the default, so that suites made before formats existed still match
                o.put("image_format", spec.imageFormat().describe());
            }
            ObjectNode params = o.putObject("params");
            spec.params().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> params.put(e.getKey(), e.getValue()));
            o.putObject("counts");
            return o;
        }

        private static void writeAtomically(Path file, JsonNode node) throws IOException {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Json.pretty(node) + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
