package org.puzzlelens.train.grpo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/** Reads the chosen option out of a completion: the {@code <answer>} block, else the last "Answer:" line. */
public final class Answers {
    private static final Pattern TAGGED = Pattern.compile("<answer>(.*?)</answer>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("(?im)^\\s*answer\\s*:\\s*(.+?)\\s*$");
    private static final Pattern LETTER = Pattern.compile("^\\(?([A-Za-z])\\)?[.)]?(?:\\s.*)?$", Pattern.DOTALL);

    private Answers() {
    }

    public static Optional<String> extract(String completion) {
        Matcher tagged = TAGGED.matcher(completion);
        if (tagged.find()) {
            return Optional.of(tagged.group(1).trim());
        }
        Matcher line = LINE.matcher(completion);
        String last = null;
        while (line.find()) {
            last = line.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** Whether the answer names the right option, by letter ("B", "(B)", "(B) 12:52") or by its text. */
    public static boolean correct(String answer, PuzzleInstance puzzle) {
        Matcher letter = LETTER.matcher(answer.trim());
        if (letter.matches()) {
            int index = Character.toUpperCase(letter.group(1).charAt(0)) - 'A';
            return index == puzzle.answerIndex() && index < puzzle.options().size();
        }
        return sameAnswer(puzzle, answer);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static boolean sameAnswer(PuzzleInstance puzzle, String answer) {
        return ((org.puzzlelens.puzzles.core.PuzzleType) puzzle.type()).sameAnswer(answer, puzzle.answer());
    }
}
