package org.puzzlelens.rewards.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerReaderTest {
    private static final List<String> OPTIONS = List.of("3:15", "10:05", "7:45", "12:00");

    private static AnswerRead read(String completion) {
        return AnswerReader.read(CompletionParser.parse(completion), OPTIONS, (a, b) -> a.strip().equalsIgnoreCase(b.strip()));
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            <answer>C</answer>                          | 2  | LETTER
            <answer>(c)</answer>                        | 2  | LETTER
            <answer> C) </answer>                       | 2  | LETTER
            <answer>(B) 10:05</answer>                  | 1  | LETTER
            <answer>D. 12:00</answer>                   | 3  | LETTER
            <answer>Option A</answer>                   | 0  | LETTER
            <answer>The answer is (D).</answer>         | 3  | LETTER
            <answer>7:45</answer>                       | 2  | OPTION_TEXT
            <answer>Answer: 12:00</answer>              | 3  | OPTION_TEXT
            so the time is (A), not (B) but (C)         | 2  | LAST_PARENTHESISED_LETTER
            I pick B here                               | 1  | LAST_BARE_LETTER
            <answer>it was 10:05 then</answer>          | 1  | SINGLE_OPTION_MENTIONED
            <answer>E</answer>                          | -1 | NONE
            <answer>either 3:15 or 7:45</answer>        | -1 | NONE
            <answer>13:15</answer>                      | -1 | NONE
            no idea at all                              | -1 | NONE
            """)
    void readsTheChosenOptionWithoutGuessing(String completion, int option, AnswerRead.Rule rule) {
        AnswerRead r = read(completion);
        assertThat(r.rule()).isEqualTo(rule);
        assertThat(r.option().orElse(-1)).isEqualTo(option);
        assertThat(r.found()).isEqualTo(option >= 0);
    }
}
