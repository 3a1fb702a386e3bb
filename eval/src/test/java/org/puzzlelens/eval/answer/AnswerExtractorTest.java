package org.puzzlelens.eval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerExtractorTest {
    private static final List<String> NUMBERS = List.of("3", "12", "7", "1");
    private static final List<String> YES_NO = List.of("Yes", "No");

    private static String read(String text, List<String> options) {
        return switch (AnswerExtractor.extract(text.replace("\\n", "\n"), options)) {
            case Extraction.Chosen c -> (char) ('A' + c.index()) + " " + c.method().name();
            case Extraction.Unparseable u -> "unparseable";
        };
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            <think>(A) looks wrong</think><answer>(C)</answer>                 | C ANSWER_TAG
            <answer> 12 </answer>                                             | B ANSWER_TAG
            <answer>B</answer>                                                | B ANSWER_TAG
            <answer>The answer is 7.</answer>                                  | C ANSWER_TAG
            <answer>(A)</answer> then later <answer>(D)</answer>              | D ANSWER_TAG
            <answer>(C) and it was cut off                                     | C ANSWER_TAG
            first (A), then on reflection (B).                                 | B PARENTHESISED_LETTER
            <answer>maybe eleven</answer> so (D)                               | D PARENTHESISED_LETTER
            options run to (E) but I pick (B)                                  | B PARENTHESISED_LETTER
            so the final answer is **12**.                                     | B OPTION_TEXT
            Counting moves...\\n7                                             | C OPTION_TEXT
            Answer: D                                                         | D BARE_LETTER
            step one...\\n**A.**                                               | A BARE_LETTER
            A clock shows a time and the answer is unclear                     | unparseable
            I think the answer is 9                                            | unparseable
            the answer is E                                                    | unparseable
            ''                                                                 | unparseable
            """)
    void readsAnswersByTheRulesInOrderAndNeverGuesses(String text, String expected) {
        assertThat(read(text, NUMBERS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The board cannot be tiled.\\nAnswer: No   | B OPTION_TEXT
            (B)                                      | B PARENTHESISED_LETTER
            (C)                                      | unparseable
            <answer>yes</answer>                     | A ANSWER_TAG
            """)
    void twoOptionQuestionsAcceptOnlyTheirLetters(String text, String expected) {
        assertThat(read(text, YES_NO)).isEqualTo(expected);
    }
}
