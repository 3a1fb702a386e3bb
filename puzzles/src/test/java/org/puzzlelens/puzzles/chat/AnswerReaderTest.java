package org.puzzlelens.puzzles.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.puzzlelens.puzzles.testing.GoldenAnswers;

class AnswerReaderTest {
    static List<GoldenAnswers.Row> golden() {
        return GoldenAnswers.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void readsTheGoldenTable(GoldenAnswers.Row row) {
        AnswerRead read = AnswerReader.read(row.completion(), row.type(), row.options());
        assertThat(read.option()).as("option").isEqualTo(row.expected());
        assertThat(read.rule()).as("rule").isEqualTo(row.rule());
    }

    @Test
    void theTableCoversEveryRuleAndAtLeastFortyCompletions() {
        List<GoldenAnswers.Row> rows = GoldenAnswers.rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        List<String> rules =
                rows.stream().map(GoldenAnswers.Row::rule).distinct().toList();
        for (AnswerRead.Where where : AnswerRead.Where.values()) {
            assertThat(rules)
                    .as("rules reading from " + where)
                    .anyMatch(r -> r.startsWith(where.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void aNullCompletionHasNoAnswer() {
        assertThat(AnswerReader.read(null, List.of("1", "2"), String::equals).found())
                .isFalse();
    }
}
