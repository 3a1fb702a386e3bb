package org.puzzlelens.eval.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chosen option out of a completion, by these rules in order, and never guesses:
 * <ol>
 *   <li>the last {@code <answer>...</answer>} (an unclosed last tag runs to the end): its contents
 *       read by rules 2 to 4;
 *   <li>the last {@code (X)} whose letter names an option;
 *   <li>an option's text: after the last "answer is" / "answer:", or as the whole last line;
 *   <li>a bare letter: after the last "answer is" / "answer:", or as the whole last line ("B", "**B.**").
 * </ol>
 * A letter that names no option (an {@code (E)} among four) is not an answer.
 */
public final class AnswerExtractor {
    private static final Pattern TAG = Pattern.compile("<answer>(.*?)(?:</answer>|$)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PAREN_LETTER = Pattern.compile("\\(([A-Z])\\)");
    private static final Pattern ANSWER_IS = Pattern.compile(
            "answer\\s*(?:is|:)\\s*:?\\s*(?:option\\s+)?([^\\n]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONE_LETTER = Pattern.compile("^[\\s*_`\"'(\\[]*([A-Z])[\\s*_`\"').\\]:]*$");

    private AnswerExtractor() {
    }

    public static Extraction extract(String completion, List<String> options) {
        String text = completion == null ? "" : completion;
        Matcher tag = TAG.matcher(text);
        String inner = null;
        while (tag.find()) {
            inner = tag.group(1);
        }
        if (inner != null) {
            Optional<Integer> fromTag = readBody(inner, options);
            if (fromTag.isPresent()) {
                return new Extraction.Chosen(fromTag.get(), Extraction.Method.ANSWER_TAG);
            }
        }
        Optional<Integer> paren = lastParenLetter(text, options.size());
        if (paren.isPresent()) {
            return new Extraction.Chosen(paren.get(), Extraction.Method.PARENTHESISED_LETTER);
        }
        for (String candidate : candidates(text)) {
            Optional<Integer> byText = optionText(candidate, options);
            if (byText.isPresent()) {
                return new Extraction.Chosen(byText.get(), Extraction.Method.OPTION_TEXT);
            }
        }
        for (String candidate : candidates(text)) {
            Optional<Integer> letter = loneLetter(candidate, options.size());
            if (letter.isPresent()) {
                return new Extraction.Chosen(letter.get(), Extraction.Method.BARE_LETTER);
            }
        }
        return new Extraction.Unparseable();
    }

    /** The contents of an answer tag: an (X), the option text, a lone letter, or "answer is ...". */
    private static Optional<Integer> readBody(String inner, List<String> options) {
        Optional<Integer> paren = lastParenLetter(inner, options.size());
        if (paren.isPresent()) {
            return paren;
        }
        for (String candidate : List.of(inner, lastMatch(ANSWER_IS, inner).orElse(""))) {
            Optional<Integer> found = optionText(candidate, options).or(() -> loneLetter(candidate, options.size()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Where a final answer is stated in free text: after the last "answer is", then the last line. */
    private static List<String> candidates(String text) {
        String lastLine = "";
        String[] lines = text.strip().split("\\R");
        for (int i = lines.length - 1; i >= 0 && lastLine.isBlank(); i--) {
            lastLine = lines[i];
        }
        return List.of(lastMatch(ANSWER_IS, text).orElse(""), lastLine);
    }

    private static Optional<Integer> lastParenLetter(String text, int optionCount) {
        Matcher m = PAREN_LETTER.matcher(text);
        Integer found = null;
        while (m.find()) {
            int i = m.group(1).charAt(0) - 'A';
            if (i < optionCount) {
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Integer> optionText(String candidate, List<String> options) {
        String c = normalise(candidate);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < options.size(); i++) {
            if (normalise(options.get(i)).equals(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> loneLetter(String candidate, int optionCount) {
        Matcher m = LONE_LETTER.matcher(candidate);
        if (!m.matches()) {
            return Optional.empty();
        }
        int i = m.group(1).charAt(0) - 'A';
        return i < optionCount ? Optional.of(i) : Optional.empty();
    }

    private static Optional<String> lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** Lower case, without markdown emphasis, quotes, and trailing full stops. */
    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[*_`\"]", "").replaceAll("\\s+", " ").trim();
        while (!t.isEmpty() && ".!".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }
}
