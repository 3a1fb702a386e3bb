package org.puzzlelens.puzzles.chat;

import java.util.List;
import java.util.function.BiPredicate;
import org.puzzlelens.puzzles.chat.AnswerRead.Form;
import org.puzzlelens.puzzles.chat.AnswerRead.Where;
import org.puzzlelens.puzzles.core.PuzzleType;

/**
 * The one reader of the option a completion chose, used by the evaluation, the reward designs and
 * GRPO alike. It never guesses. The rules, in order:
 * <ol>
 *   <li><b>Tagged completion</b>: when the completion has a complete {@code <answer>...</answer>}
 *       block (tags in any case), the <em>last</em> such block is the answer, so a self-correction
 *       ({@code <answer>A</answer> wait... <answer>D</answer>}) counts as the final word. Its content
 *       is read as a <em>statement</em> (below); when it names no option the completion has no
 *       answer, whatever else it says.
 *   <li><b>Answer marker</b>: otherwise the rest of the line after the last "answer is", "answer:"
 *       (also bold, {@code **Answer:**}) or unclosed {@code <answer>}, read as a statement.
 *   <li><b>Last line</b>: otherwise the last line that is not blank, read as a statement.
 *   <li><b>Anywhere</b>: otherwise the last {@code (X)} in the completion whose letter names an
 *       option (AlgoPuzzleVQA's own extraction rule).
 * </ol>
 * A statement, stripped of surrounding spaces, markdown emphasis, quotes and a final full stop, and
 * of a leading "the (final) answer is" / "answer:" / "option", names an option
 * <ol>
 *   <li>as a letter: the whole statement is {@code B}, {@code (B)}, {@code [B]}, {@code B)},
 *       {@code B.} or {@code B:} (either case), optionally followed by a space and any text
 *       ({@code (B) 12:52});
 *   <li>as an option's text, compared by the puzzle type's {@code sameAnswer} (clock {@code 0:52}
 *       is {@code 12:52});
 *   <li>as the last {@code (X)} inside it that names an option ({@code 12:52 (B)}).
 * </ol>
 * A letter beyond the options ({@code E} among four) names nothing. The reader allocates nothing
 * but the statement string for the option-text comparison, because the reward service calls it
 * for every completion it scores.
 */
public final class AnswerReader {
    private static final String OPEN = "<answer>";
    private static final String CLOSE = "</answer>";
    private static final String ANSWER = "answer";

    private AnswerReader() {}

    public static AnswerRead read(String completion, PuzzleType<?> type, List<String> options) {
        return read(completion, options, type::sameAnswer);
    }

    /** @param sameAnswer how the puzzle type compares two answer strings */
    public static AnswerRead read(String completion, List<String> options, BiPredicate<String, String> sameAnswer) {
        String text = completion == null ? "" : completion;
        int close = lastIndexOfIgnoreCase(text, CLOSE, text.length() - CLOSE.length());
        int open = close < 0 ? -1 : lastIndexOfIgnoreCase(text, OPEN, close - OPEN.length());
        if (open >= 0) {
            return statement(text, open + OPEN.length(), close, Where.ANSWER_BLOCK, options, sameAnswer);
        }
        int marker = lastMarkerEnd(text);
        if (marker >= 0) {
            int end = text.indexOf('\n', marker);
            AnswerRead r =
                    statement(text, marker, end < 0 ? text.length() : end, Where.ANSWER_MARKER, options, sameAnswer);
            if (r.found()) {
                return r;
            }
        }
        int lineEnd = text.length();
        while (lineEnd > 0 && Character.isWhitespace(text.charAt(lineEnd - 1))) {
            lineEnd--;
        }
        AnswerRead last =
                statement(text, text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd, Where.LAST_LINE, options, sameAnswer);
        if (last.found()) {
            return last;
        }
        int anywhere = lastParenthesised(text, 0, text.length(), options.size());
        return anywhere >= 0 ? new AnswerRead(anywhere, Where.ANYWHERE, Form.PARENTHESISED_LETTER) : AnswerRead.NOTHING;
    }

    /** Reads {@code text[from, to)} as a statement naming an option, by the three forms in order. */
    private static AnswerRead statement(
            String text, int from, int to, Where where, List<String> options, BiPredicate<String, String> sameAnswer) {
        int end = trimEnd(text, from, to);
        int start = trimStart(text, from, end);
        start = trimStart(text, afterLeadingMarker(text, start, end), end);
        if (start >= end) {
            return AnswerRead.NOTHING;
        }
        int letter = letter(text, start, end, options.size());
        if (letter >= 0) {
            return new AnswerRead(letter, where, Form.LETTER);
        }
        String said = text.substring(start, end);
        for (int i = 0; i < options.size(); i++) {
            if (sameAnswer.test(said, options.get(i))) {
                return new AnswerRead(i, where, Form.OPTION_TEXT);
            }
        }
        int parenthesised = lastParenthesised(text, start, end, options.size());
        return parenthesised >= 0
                ? new AnswerRead(parenthesised, where, Form.PARENTHESISED_LETTER)
                : AnswerRead.NOTHING;
    }

    /** {@code B}, {@code (B)}, {@code [B]}, {@code B)}, {@code B.}, {@code B:}, each alone or before a space. */
    private static int letter(String text, int start, int end, int optionCount) {
        char first = text.charAt(start);
        int index;
        int after;
        if ((first == '(' || first == '[')
                && end - start >= 3
                && isAsciiLetter(text.charAt(start + 1))
                && text.charAt(start + 2) == (first == '(' ? ')' : ']')) {
            index = letterIndex(text.charAt(start + 1));
            after = start + 3;
        } else if (isAsciiLetter(first) && (end - start == 1 || ".):".indexOf(text.charAt(start + 1)) >= 0)) {
            index = letterIndex(first);
            after = Math.min(end, start + 2);
        } else {
            return -1;
        }
        if (after < end && !Character.isWhitespace(text.charAt(after))) {
            return -1;
        }
        return index < optionCount ? index : -1;
    }

    /** The option index of the last {@code (X)} in {@code text[start, end)} that names an option, or -1. */
    private static int lastParenthesised(String text, int start, int end, int optionCount) {
        for (int i = end - 3; i >= start; i--) {
            char c = text.charAt(i + 1);
            if (text.charAt(i) == '(' && text.charAt(i + 2) == ')' && c >= 'A' && c <= 'Z' && c - 'A' < optionCount) {
                return c - 'A';
            }
        }
        return -1;
    }

    /**
     * Where the statement after the last answer marker begins: "answer:" / "answer is" (a whole word,
     * emphasis between allowed), or an opening {@code <answer>} (unclosed, since no complete block
     * exists when this is asked). -1 when there is no marker.
     */
    private static int lastMarkerEnd(String text) {
        for (int i = lastIndexOfIgnoreCase(text, ANSWER, text.length() - ANSWER.length());
                i >= 0;
                i = lastIndexOfIgnoreCase(text, ANSWER, i - 1)) {
            int after = i + ANSWER.length();
            if (i > 0 && text.charAt(i - 1) == '<') {
                if (after < text.length() && text.charAt(after) == '>') {
                    return after + 1;
                }
            } else if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
                int end = markerEnd(text, after, text.length());
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** After "answer" at {@code at}: the end of a following ":" or "is", or -1. */
    private static int markerEnd(String text, int at, int limit) {
        int i = at;
        while (i < limit && " *_".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i < limit && text.charAt(i) == ':') {
            return i + 1;
        }
        boolean is = i + 2 <= limit && text.regionMatches(true, i, "is", 0, 2);
        return is && (i + 2 == limit || !Character.isLetterOrDigit(text.charAt(i + 2))) ? i + 2 : -1;
    }

    /** Skips "the", "final", "answer is"/"answer:" and "option" at the start of a statement. */
    private static int afterLeadingMarker(String text, int start, int end) {
        int i = skipWord(text, skipWord(text, start, end, "the"), end, "final");
        if (text.regionMatches(true, i, ANSWER, 0, ANSWER.length())) {
            int marker = markerEnd(text, i + ANSWER.length(), end);
            i = marker < 0 ? start : trimStart(text, marker, end);
        } else {
            i = start;
        }
        return skipWord(text, i, end, "option");
    }

    /** Past {@code word} and the spaces after it when the text has the word there, else {@code at}. */
    private static int skipWord(String text, int at, int end, String word) {
        int after = at + word.length();
        if (after >= end || !text.regionMatches(true, at, word, 0, word.length()) || text.charAt(after) != ' ') {
            return at;
        }
        while (after < end && text.charAt(after) == ' ') {
            after++;
        }
        return after;
    }

    private static int trimStart(String text, int start, int end) {
        int i = start;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || "*_`\"':".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        int i = end;
        while (i > start
                && (Character.isWhitespace(text.charAt(i - 1)) || "*_`\"'.!;,".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i;
    }

    /** {@link String#lastIndexOf(String, int)} ignoring case, without copying the text. */
    private static int lastIndexOfIgnoreCase(String text, String needle, int from) {
        char first = needle.charAt(0);
        for (int i = Math.min(from, text.length() - needle.length()); i >= 0; i--) {
            if (Character.toLowerCase(text.charAt(i)) == first
                    && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int letterIndex(char c) {
        return Character.toUpperCase(c) - 'A';
    }
}
