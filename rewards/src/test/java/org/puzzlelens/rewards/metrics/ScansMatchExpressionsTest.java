package org.puzzlelens.rewards.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The behaviour metrics scan text by hand for speed; these properties hold them to the regular
 * expressions that defined them before (kept here as the oracle), on text drawn from the characters
 * where the rules differ: letters of every case and script width, digits and other numbers, sentence
 * ends, ASCII and non-ASCII spaces, every line break, brackets.
 */
class ScansMatchExpressionsTest {
    private static final Pattern STEP_BREAK = Pattern.compile("\\R+|(?<=[\\p{L}\\p{N}]{2}[.!?])\\s+(?=[\\p{Lu}\\d(])");
    private static final Pattern CONTENT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> TERMS = Set.of("ab", "7", "12", "éa", "x7", "ⅻ", "𝐀b");

    private static final List<String> PIECES = List.of(
            "a", "b", "B", "É", "é", "7", "1", "½", "Ⅻ", "ab", "x7", "12", ".", "!", "?", ",", " ", "  ", "\t", "\n",
            "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0", "(", ")", "-", ":");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** With a letter outside the Basic Multilingual Plane, which the steps' scan and the expression read apart. */
    @Provide
    Arbitrary<String> textsBeyondBmp() {
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.add("𝐀");
        return Arbitraries.of(pieces).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /**
     * The expression's look-behind {@code [\p{L}\p{N}]{2}} does not see two letters when one is outside the
     * Basic Multilingual Plane ("a𝐀. B" is one step to it); the scan counts code points, as the rule means.
     */
    @Test
    void aSentenceEndAfterALetterBeyondTheBmpBreaksTheStep() {
        assertThat(BehaviourMeter.steps("a𝐀. B")).isEqualTo(2);
        assertThat(BehaviourMeter.steps("ab. B")).isEqualTo(2);
    }

    @Property(tries = 3000, seed = "17")
    void stepsAsTheExpressionSplit(@ForAll("texts") String text) {
        int expected = 0;
        for (String part : STEP_BREAK.split(text)) {
            if (CONTENT.matcher(part).find()) {
                expected++;
            }
        }
        assertThat(BehaviourMeter.steps(text))
                .as("steps of %s", text.translateEscapes())
                .isEqualTo(expected);
    }

    @Property(tries = 3000, seed = "17")
    void mentionedAsTheExpressionTokens(@ForAll("textsBeyondBmp") String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String t : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty() && (t.length() > 1 || Character.isDigit(t.charAt(0)))) {
                tokens.add(t);
            }
        }
        long expected = tokens.stream().filter(TERMS::contains).count();
        assertThat(VisualTerms.mentioned(TERMS, text)).isEqualTo(expected);
    }
}
