package org.puzzlelens.puzzles.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionParserTest {
    /** The expression the tag scan replaced, kept as its oracle. */
    private static final Pattern TAG =
            Pattern.compile("<(/?)(image[_ ]description|think|answer)>", Pattern.CASE_INSENSITIVE);

    /**
     * Tags whole, in odd cases and spacing, and in pieces, beside the letters that Unicode case folding
     * (but not the expression's ASCII folding) would take for the tags' own: the Kelvin sign for 'k',
     * 'İ' and 'ı' for 'i', 'ſ' for 's'.
     */
    @Provide
    Arbitrary<String> tagTexts() {
        return Arbitraries.of(
                        "<",
                        ">",
                        "/",
                        "</",
                        "<<",
                        "think",
                        "THINK",
                        "tHiNk",
                        "thin\u212A",
                        "th\u0130nk",
                        "th\u0131nk",
                        "answer",
                        "An\u017Fwer",
                        "image",
                        "IMAGE",
                        "_",
                        " ",
                        "  ",
                        "description",
                        "DeScription",
                        "image_description",
                        "image description",
                        "Image_Description",
                        "<think>",
                        "</think>",
                        "< think>",
                        "<think >",
                        "</ANSWER>",
                        "<answer>",
                        "x",
                        "\n",
                        "\t",
                        "B")
                .list()
                .ofMaxSize(25)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 5000, seed = "17")
    void tagsAsTheExpression(@ForAll("tagTexts") String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT).replace(' ', '_');
            expected.add(name + (m.group(1).isEmpty() ? "" : " closing") + " " + m.start() + "-" + m.end());
        }
        List<String> scanned = CompletionParser.tags(text).stream()
                .map(t -> t.block().tag() + (t.closing() ? " closing" : "") + " " + t.start() + "-" + t.end())
                .toList();
        assertThat(scanned).as("tags of %s", text).isEqualTo(expected);
    }

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
