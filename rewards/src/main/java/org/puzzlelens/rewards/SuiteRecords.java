package org.puzzlelens.rewards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.SuiteWriter;

/** Reads every record of a suite folder ({@code <type>.json} files beside {@code suite.json}). */
public final class SuiteRecords {
    private SuiteRecords() {}

    /** The record files of a suite, in name order. */
    public static List<Path> files(Path suite) throws IOException {
        if (!Files.isDirectory(suite)) {
            throw new NoSuchFileException(suite.toString(), null, "not a suite folder (made by `puzzlelens generate`)");
        }
        try (Stream<Path> s = Files.list(suite)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(SuiteWriter.MANIFEST))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new NoSuchFileException(suite.toString(), null, "no <type>.json record files in this folder");
            }
            return files;
        }
    }

    /**
     * @throws MalformedRecordException at the first line that is not a record
     */
    public static List<DatasetRecord> read(Path suite) throws IOException {
        List<DatasetRecord> out = new ArrayList<>();
        for (Path f : files(suite)) {
            for (DatasetRecord.Result r : DatasetRecord.readAll(f)) {
                if (!r.ok()) {
                    throw new MalformedRecordException(r.problem());
                }
                out.add(r.record());
            }
        }
        return out;
    }
}
