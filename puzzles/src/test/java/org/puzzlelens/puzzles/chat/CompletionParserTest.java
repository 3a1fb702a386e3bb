package org.puzzlelens.puzzles.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionParserTest {
    @Test
    void thinkThenAnswerIsStrictlyThatLayout() {
        TaggedCompletion c = CompletionParser.parse("  <think>add 2 hours</think>\n\n<answer>B</answer>\n");
        assertThat(c.strict()).containsExactly(Layout.THINK_ANSWER);
        assertThat(c.lenient()).containsExactly(Layout.THINK_ANSWER);
        assertThat(c.block(Block.THINK)).hasValue("add 2 hours");
        assertThat(c.block(Block.ANSWER)).hasValue("B");
        assertThat(c.description()).isEmpty();
        assertThat(c.reasoning()).isEqualTo("add 2 hours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image_description", "image description", "IMAGE_DESCRIPTION"})
    void descriptionTagIsReadInEitherSpelling(String tag) {
        TaggedCompletion c =
                CompletionParser.parse("<" + tag + ">hour = 3</" + tag + "><think>t</think><answer>A</answer>");
        assertThat(c.strict()).containsExactly(Layout.DESCRIPTION_THINK_ANSWER);
        assertThat(c.description()).hasValue("hour = 3");
    }

    @Test
    void textOutsideTheBlocksIsLenientOnly() {
        TaggedCompletion c = CompletionParser.parse("Sure! <think>t</think> so <answer>A</answer> done");
        assertThat(c.strict()).isEmpty();
        assertThat(c.follows(Layout.THINK_ANSWER, false)).isTrue();
        assertThat(c.follows(Layout.THINK_ANSWER, true)).isFalse();
    }

    @Test
    void aRepeatedBlockIsNotStrictAndTheLastCounts() {
        TaggedCompletion c = CompletionParser.parse("<think>a</think><think>b</think><answer>A</answer>");
        assertThat(c.strict()).isEmpty();
        assertThat(c.lenient()).contains(Layout.THINK_ANSWER);
        assertThat(c.block(Block.THINK)).hasValue("b");
    }

    @Test
    void blocksOutOfOrderFailBothChecks() {
        TaggedCompletion c = CompletionParser.parse("<answer>A</answer><think>t</think>");
        assertThat(c.strict()).isEmpty();
        assertThat(c.lenient()).isEmpty();
    }

    @Test
    void anUnclosedBlockIsAbsent() {
        TaggedCompletion c = CompletionParser.parse("<think>never closed <answer>A</answer>");
        assertThat(c.block(Block.THINK)).isEmpty();
        assertThat(c.block(Block.ANSWER)).hasValue("A");
        assertThat(c.lenient()).isEmpty();
    }

    @Test
    void untaggedReasoningIsTheTextOutsideDescriptionAndAnswer() {
        TaggedCompletion c =
                CompletionParser.parse("<image_description>x</image_description> I add. <answer>A</answer>");
        assertThat(c.reasoning()).isEqualTo("I add.");
        assertThat(CompletionParser.parse("plain text (B)").reasoning()).isEqualTo("plain text (B)");
    }

    @Test
    void theDescriptionThinkAnswerLayoutIsNotThinkAnswer() {
        TaggedCompletion c =
                CompletionParser.parse("<image_description>d</image_description><think>t</think><answer>A</answer>");
        assertThat(c.follows(Layout.THINK_ANSWER, true)).isFalse();
        assertThat(c.follows(Layout.THINK_ANSWER, false)).isTrue();
        assertThat(c.follows(Layout.DESCRIPTION_THINK_ANSWER, true)).isTrue();
    }
}
