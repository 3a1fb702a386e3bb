package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Fact#normalise} scans by hand for speed; it must give what the regular expressions that
 * defined it gave (kept here as the oracle), on text drawn from the characters its rules treat apart.
 */
class FactNormaliseTest {
    private static final Pattern MARKUP = Pattern.compile("[`*_\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_COMMA = Pattern.compile("\\s*,\\s*");

    private static String byExpressions(String text) {
        String s = SPACES.matcher(MARKUP.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" ")
                .trim();
        s = SPACED_COMMA.matcher(s).replaceAll(",");
        while (!s.isEmpty() && ".;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "a", "B", "İ", "7", ",", ".", ";", "`", "*", "_", "\"", " ", "  ", "\t", "\n", "\r\n", "\u000B",
                        "\f", "\u0001", "\u00A0", "\u2028", "=", "-")
                .list()
                .ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 5000, seed = "17")
    void asTheExpressions(@ForAll("texts") String text) {
        assertThat(Fact.normalise(text)).isEqualTo(byExpressions(text));
    }
}
