package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Facts#parse} reads lines by hand for speed ({@link FactLine}); it must give what the regular
 * expressions that defined it gave (kept here as the oracle), on text drawn from what the expression
 * treats apart: list markers, digits before '.' or ')', the three separators and '>' or '-' alone,
 * ASCII and other spaces, every line break, markup, capitals, control characters.
 */
class FactsParseTest {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LINE =
            Pattern.compile("^\\s*(?:[-*•]\\s*|\\d+[.)]\\s+)?(?<key>[^=:>]+?)\\s*(?:=|:|->)\\s*(?<value>.+?)\\s*$");

    private static List<Fact> byExpressions(String text) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (String line : LINE_BREAK.split(text)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()
                    && !Fact.normalise(m.group("key")).isEmpty()
                    && !Fact.normalise(m.group("value")).isEmpty()) {
                Fact f = new Fact(m.group("key"), m.group("value"));
                byKey.putIfAbsent(f.key(), f);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "a", "B", "r2c3", "7", "12", "-", "*", "•", ".", ")", "=", ":", ">", "->", "-->", " ", "  ",
                        "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u000B", "\f", "`", ",", ";", "_",
                        "\"", "\u0130", "\u00A0", "\u0001", "- ", "1. ", "2) ", "3.", " = ", ": ")
                .list()
                .ofMaxSize(16)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 20000, seed = "17")
    void asTheExpressions(@ForAll("texts") String text) {
        assertThat(Facts.parse(text)).as("facts of %s", text).isEqualTo(byExpressions(text));
    }

    /** Where the list marker and the separator meet, the expression's backtracking decides the key. */
    @Test
    void markersThatReachTheSeparator() {
        for (String line :
                List.of("-=x", "- =x", "1. =x", "1.  =x", "1. ->x", "- ->x", "->x", "•=x", "*=x", "12)a=b")) {
            assertThat(Facts.parse(line)).as(line).isEqualTo(byExpressions(line));
        }
        assertThat(Facts.parse("1. =x")).containsExactly(new Fact("1.", "x"));
        assertThat(Facts.parse("- =x")).isEmpty();
    }
}
