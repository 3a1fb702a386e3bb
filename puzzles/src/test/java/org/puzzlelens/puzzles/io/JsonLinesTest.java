package org.puzzlelens.puzzles.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A line that cannot be read says why: broken syntax, or a value beyond the reader's limits. */
class JsonLinesTest {
    private static final Path FILE = Path.of("gens.jsonl");

    @Test
    void aTwentyMillionCharacterValueIsNamedAsTooLargeNotAsMalformed() {
        String line = "{\"completion\": \"" + "x".repeat(20_000_001) + "\"}";
        JsonLines.Line read = JsonLines.parse(FILE, 7, line);
        assertThat(read).isInstanceOf(JsonLines.Broken.class);
        assertThat(((JsonLines.Broken) read).problem())
                .startsWith("a value is larger than the JSON reader accepts")
                .contains("20000000")
                .doesNotContain("malformed");
    }

    @Test
    void brokenSyntaxIsMalformedJson() {
        assertThat(((JsonLines.Broken) JsonLines.parse(FILE, 1, "{oops")).problem())
                .startsWith("malformed JSON: ");
    }
}
