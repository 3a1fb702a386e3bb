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
    private static final Pattern REFLECTION = Pattern.compile(
            "\\b(?:wait|hmm+|let me (?:re-?)?(?:check|verify|reconsider|double-check|re-?examine|think again)"
                    + "|re-?examine|re-?check|double-check|on second thought|i made a mistake|that's not right"
                    + "|actually)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> TERMS = Set.of("ab", "7", "12", "éa", "x7", "ⅻ", "𝐀b");

    private static final List<String> PIECES = List.of(
            "a", "b", "B", "É", "é", "7", "1", "½", "Ⅻ", "ab", "x7", "12", ".", "!", "?", ",", " ", "  ", "\t", "\n",
            "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00A0", "(", ")", "-", ":");

    /**
     * The phrases whole, in other cases and cut into pieces, beside what the boundaries and the
     * case-insensitive comparison treat apart: ASCII and other letters, the letters that Unicode case
     * folding would make ASCII ('İ', 'ı', 'ſ', the Kelvin sign), digits, '_', combining marks (a mark
     * after a letter continues its word), hyphens, apostrophes, spaces, line breaks, a letter outside the
     * Basic Multilingual Plane.
     */
    private static final List<String> REFLECTION_PIECES = List.of(
            "wait",
            "WAIT",
            "Wait",
            "hmm",
            "HMm",
            "m",
            "M",
            "h",
            "let me ",
            "Let Me ",
            "let me",
            "let  me ",
            "re",
            "RE",
            "re-",
            "check",
            "cHeck",
            "chec",
            "\u212A",
            "verify",
            "reconsider",
            "double-check",
            "double",
            "-check",
            "examine",
            "exam",
            "ine",
            "think again",
            "think",
            " again",
            "recheck",
            "re-examine",
            "on second thought",
            "on \u017Fecond thought",
            "i made a mistake",
            "I made a mistake",
            "\u0130 made a mistake",
            "\u0131",
            "that's not right",
            "that\u2019s not right",
            "THAT'S",
            " not right",
            "actually",
            "ACTUALLY",
            "actual",
            "re-chec",
            "let me chec",
            "i made a mista",
            "e",
            "that'\u017F",
            "ly",
            "a",
            "x",
            "é",
            "\u0301",
            "\u20D0",
            "𝐀",
            "_",
            "7",
            " ",
            "-",
            "'",
            "\n",
            ".",
            ",");

    @Provide
    Arbitrary<String> reflectionTexts() {
        return Arbitraries.of(REFLECTION_PIECES).list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

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

    @Property(tries = 10000, seed = "17")
    void reflectionsAsTheExpression(@ForAll("reflectionTexts") String text) {
        long expected = REFLECTION.matcher(text).results().count();
        assertThat(ReflectionPhrases.count(text)).as("reflections in %s", text).isEqualTo(expected);
    }

    @Test
    void reflectionsInEveryForm() {
        String text = "Wait. Hmmm, let me re-check; LET ME reconsider. Re-examine it, double-check, "
                + "on second thought I made a mistake: that's not right, actually.";
        assertThat(ReflectionPhrases.count(text)).isEqualTo(10);
        assertThat(ReflectionPhrases.count("awaits the checks of hmmx, é\u0301wait, e\u0301wait"))
                .isZero();
        // what Unicode case folding would match, the expression's ASCII folding does not
        assertThat(ReflectionPhrases.count("re-chec\u212A, \u0130 made a mista\u212Ae, that'\u017F not right"))
                .isZero();
    }

    /** With the letters whose lower case is not a plain code point map, and others that fold oddly. */
    @Provide
    Arbitrary<String> textsWithOddCases() {
        List<String> pieces = new ArrayList<>(PIECES);
        pieces.addAll(List.of(
                "\u0130", "i\u0307", "I", "i", "\u03A3", "\u03C3", "\u03C2", "\u212A", "K", "k", "\u01C5", "\u01C6",
                "\u017F", "S", "'", "\u0301"));
        return Arbitraries.of(pieces).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    private static long mentionedByExpression(Set<String> terms, String text) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String t : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty() && (t.length() > 1 || Character.isDigit(t.charAt(0)))) {
                tokens.add(t);
            }
        }
        return tokens.stream().filter(terms::contains).count();
    }

    @Property(tries = 3000, seed = "17")
    void mentionedAsTheExpressionTokens(@ForAll("textsBeyondBmp") String text) {
        assertThat(VisualTerms.mentioned(TERMS, text)).isEqualTo(mentionedByExpression(TERMS, text));
    }

    @Property(tries = 5000, seed = "17")
    void mentionedAsTheExpressionTokensWithOddCases(@ForAll("textsWithOddCases") String text) {
        Set<String> terms = Set.of(
                "ab",
                "7",
                "ki",
                "k7",
                "i\u0307",
                "\u03C3\u03C3",
                "\u03C3\u03C2",
                "\u01C6\u01C6",
                "\u017Fi",
                "ii",
                "i\u0307i",
                "ss");
        assertThat(VisualTerms.mentioned(terms, text))
                .as("terms in %s", text)
                .isEqualTo(mentionedByExpression(terms, text));
    }

    /**
     * The scan lower-cases each code point on its own and splits words on the original text; over all
     * code points that is what lower-casing the whole text and splitting it gives, except for the two
     * letters it hands to the whole-text reading.
     */
    @Test
    void everyCodePointLowerCasesAloneAsInAText() {
        List<Integer> apart = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int lower = Character.toLowerCase(cp);
            String alone = new String(Character.toChars(lower));
            String written = new String(Character.toChars(cp));
            boolean same = written.toLowerCase(Locale.ROOT).equals(alone)
                    && ("A" + written).toLowerCase(Locale.ROOT).equals("a" + alone) // after a letter: 'Σ' ends a word
                    && BehaviourMeter.isContent(cp) == BehaviourMeter.isContent(lower);
            if (!same) {
                apart.add(cp);
            }
            assertThat(VisualTerms.hasContextualLowerCase(cp)).as("U+%04X", cp).isEqualTo(!same);
        }
        assertThat(apart).containsExactly(0x130, 0x3A3);
    }

    @Test
    void contentIsTheExpressionClassForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected =
                    CONTENT.matcher(new String(Character.toChars(cp))).matches();
            if (BehaviourMeter.isContent(cp) != expected) {
                assertThat(BehaviourMeter.isContent(cp)).as("U+%04X", cp).isEqualTo(expected);
            }
        }
    }

    @Test
    void visualTermsAreASetInTheirFirstOrder() {
        VisualTerms terms = VisualTerms.copyOf(new LinkedHashSet<>(List.of("wall", "r3c4", "7")));
        assertThat(terms).containsExactly("wall", "r3c4", "7").isEqualTo(Set.of("7", "r3c4", "wall"));
        assertThat(terms.contains("r3c4")).isTrue();
        assertThat(terms.contains("R3C4")).isFalse();
        assertThat(VisualTerms.copyOf(terms)).isSameAs(terms);
    }
}
