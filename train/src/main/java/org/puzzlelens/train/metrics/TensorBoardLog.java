package org.puzzlelens.train.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Training metrics as a TensorBoard event file ({@code tensorboard --logdir RUN/tensorboard}): TFRecord
 * framing (length, masked CRC32C of the length, the record, masked CRC32C of the record) around
 * {@code tensorflow.Event} protocol buffers, written by hand (a version event, then one event per step
 * holding a {@code Summary} of scalar values), so that no TensorFlow or protobuf library is needed.
 * The layouts are TensorFlow's {@code core/lib/io/record_writer} and {@code core/util/event.proto}.
 */
public final class TensorBoardLog {
    static final String PREFIX = "events.out.tfevents.";
    /** TensorFlow's mask: rotate right by 15 bits and add this constant, so that CRCs of CRCs stay strong. */
    private static final int MASK_DELTA = 0xa282ead8;

    private final Path file;

    private TensorBoardLog(Path file) {
        this.file = file;
    }

    /**
     * Starts the event file of a run: earlier event files in {@code dir} are replaced by one holding the
     * given rows, so that a resumed run (whose metrics were cut back to its checkpoint) shows each step once.
     */
    public static TensorBoardLog start(Path dir, List<Map<String, Double>> rows) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .toList()) {
                Files.delete(p);
            }
        }
        long now = System.currentTimeMillis();
        Path file = dir.resolve(PREFIX + now / 1000 + "." + host());
        Files.write(file, record(event(now / 1000.0, 0, 3, "brain.Event:2".getBytes(StandardCharsets.UTF_8))));
        TensorBoardLog log = new TensorBoardLog(file);
        for (Map<String, Double> row : rows) {
            log.append(row);
        }
        return log;
    }

    public Path file() {
        return file;
    }

    /** Appends one step: every value of the row but {@code step} itself, as a scalar named by its key. */
    public void append(Map<String, Double> row) throws IOException {
        long step = row.getOrDefault("step", 0.0).longValue();
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        row.forEach((tag, value) -> {
            if (!tag.equals("step") && value != null) {
                ByteArrayOutputStream v = new ByteArrayOutputStream();
                bytesField(v, 1, tag.getBytes(StandardCharsets.UTF_8)); // Summary.Value.tag
                tag(v, 2, 5); // Summary.Value.simple_value: fixed32 float
                v.writeBytes(ByteBuffer.allocate(4)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .putFloat(value.floatValue())
                        .array());
                bytesField(summary, 1, v.toByteArray()); // Summary.value
            }
        });
        byte[] event = event(System.currentTimeMillis() / 1000.0, step, 5, summary.toByteArray());
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(record(event));
        }
    }

    /** An Event: wall_time (1, double), step (2, varint), and one length-delimited field of the oneof. */
    private static byte[] event(double wallTime, long step, int field, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tag(out, 1, 1);
        out.writeBytes(ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putDouble(wallTime)
                .array());
        tag(out, 2, 0);
        varint(out, step);
        bytesField(out, field, payload);
        return out.toByteArray();
    }

    /** TFRecord: uint64 length, masked CRC32C of those 8 bytes, the data, masked CRC32C of the data; little-endian. */
    static byte[] record(byte[] data) {
        byte[] length = ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(data.length)
                .array();
        return ByteBuffer.allocate(8 + 4 + data.length + 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(length)
                .putInt(maskedCrc(length))
                .put(data)
                .putInt(maskedCrc(data))
                .array();
    }

    static int maskedCrc(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + MASK_DELTA;
    }

    private static void bytesField(ByteArrayOutputStream out, int field, byte[] bytes) {
        tag(out, field, 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void tag(ByteArrayOutputStream out, int field, int wireType) {
        varint(out, (long) field << 3 | wireType);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
