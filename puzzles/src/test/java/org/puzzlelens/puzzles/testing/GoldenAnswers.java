package org.puzzlelens.puzzles.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/**
 * The golden table of answer reading ({@code golden-answers.tsv} beside this class): completions with
 * the option every module must read from them and the rule that reads it. The modules that read
 * answers (puzzles' chat package, eval's scorer, rewards' engine, train's rewards) each run it
 * through their own entry point, so they cannot drift apart.
 */
public final class GoldenAnswers {
    private static final String FILE = "golden-answers.tsv";

    private GoldenAnswers() {}

    /**
     * One row.
     *
     * @param expected the option index to read, -1 for none
     * @param rule the reader's rule, {@code AnswerRead.rule()}
     */
    public record Row(
            int line, String typeName, List<String> options, String completion, int expected, String rule, String why) {
        public PuzzleType<?> type() {
            return Registry.get().type(typeName);
        }

        /** A gold answer for modules that need one: the expected option, or the first when none is expected. */
        public int goldIndex() {
            return Math.max(expected, 0);
        }

        @Override
        public String toString() {
            return FILE + ":" + line + " " + why;
        }
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = GoldenAnswers.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test class path (puzzles' test-jar)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(row(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row row(int number, String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalStateException(
                    FILE + ":" + number + ": expected 6 tab-separated columns, got " + f.length);
        }
        int expected = f[3].equals("-") ? -1 : f[3].charAt(0) - 'A';
        return new Row(number, f[0], Arrays.asList(f[1].split("\\|")), f[2].replace("\\n", "\n"), expected, f[4], f[5]);
    }
}
