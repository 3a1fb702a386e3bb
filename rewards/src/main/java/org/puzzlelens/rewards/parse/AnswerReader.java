package org.puzzlelens.rewards.parse;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chosen option from the {@code <answer>} block when there is one, otherwise from the
 * whole completion by AlgoPuzzleVQA's extraction rules (last {@code (X)}, else the last bare letter).
 * When no rule applies the answer is "none": it is never guessed.
 */
public final class AnswerReader {
    // "B", "(B)", "B)", "option B", and a letter followed by the option's text: "(B) 7", "B) 7", "B. 7"
    private static final List<Pattern> LETTER_FORMS = List.of(
            Pattern.compile("^(?:option\\s+)?\\(?([A-Za-z])\\)?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\(([A-Za-z])\\)\\s.*$", Pattern.DOTALL),
            Pattern.compile("^([A-Za-z])[.)]\\s.*$", Pattern.DOTALL));
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([A-Z])\\)");
    private static final Pattern BARE = Pattern.compile("\\b([A-Z])\\b");
    private static final Pattern ANSWER_PREFIX = Pattern.compile(
            "^(?:the\\s+)?(?:final\\s+)?answer(?:\\s+is)?\\s*[:=]?\\s*", Pattern.CASE_INSENSITIVE);

    private AnswerReader() {
    }

    /**
     * @param sameAnswer how the puzzle type compares answer strings
     */
    public static AnswerRead read(TaggedCompletion completion, List<String> options, BiPredicate<String, String> sameAnswer) {
        String text = completion.block(Block.ANSWER).orElse(completion.text());
        String answer = stripEnds(ANSWER_PREFIX.matcher(text.strip()).replaceFirst(""));
        for (Pattern form : LETTER_FORMS) {
            Matcher m = form.matcher(answer);
            if (m.matches() && letterIndex(m.group(1), options.size()).isPresent()) {
                return new AnswerRead(letterIndex(m.group(1), options.size()), AnswerRead.Rule.LETTER, text);
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (sameAnswer.test(answer, options.get(i))) {
                return new AnswerRead(OptionalInt.of(i), AnswerRead.Rule.OPTION_TEXT, text);
            }
        }
        OptionalInt last = lastLetter(PARENTHESISED, text, options.size());
        if (last.isPresent()) {
            return new AnswerRead(last, AnswerRead.Rule.LAST_PARENTHESISED_LETTER, text);
        }
        last = lastLetter(BARE, text, options.size());
        if (last.isPresent()) {
            return new AnswerRead(last, AnswerRead.Rule.LAST_BARE_LETTER, text);
        }
        return singleMention(text, options);
    }

    private static OptionalInt letterIndex(String letter, int optionCount) {
        int i = letter.toUpperCase(Locale.ROOT).charAt(0) - 'A';
        return i >= 0 && i < optionCount ? OptionalInt.of(i) : OptionalInt.empty();
    }

    private static OptionalInt lastLetter(Pattern p, String text, int optionCount) {
        OptionalInt found = OptionalInt.empty();
        Matcher m = p.matcher(text);
        while (m.find()) {
            OptionalInt i = letterIndex(m.group(1), optionCount);
            if (i.isPresent()) {
                found = i;
            }
        }
        return found;
    }

    private static AnswerRead singleMention(String text, List<String> options) {
        OptionalInt only = OptionalInt.empty();
        for (int i = 0; i < options.size(); i++) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}:])" + Pattern.quote(options.get(i)) + "(?![\\p{L}\\p{N}:])",
                    Pattern.CASE_INSENSITIVE);
            if (word.matcher(text).find()) {
                if (only.isPresent()) {
                    return AnswerRead.none(text);
                }
                only = OptionalInt.of(i);
            }
        }
        return only.isPresent() ? new AnswerRead(only, AnswerRead.Rule.SINGLE_OPTION_MENTIONED, text)
                : AnswerRead.none(text);
    }

    private static String stripEnds(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;!".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
