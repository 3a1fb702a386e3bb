package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ResponseTextTest {
    private static final String COMPLETION = "<think>ten past</think>\n<answer>B</answer>";

    /** Qwen2-VL's chat template around one image, as OpenRLHF's dataset renders the prompt. */
    static String qwenPrompt(String imageTokens, String text) {
        return "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n<|vision_start|>"
                + imageTokens + "<|vision_end|>" + text + "<|im_end|>\n<|im_start|>assistant\n";
    }

    @Test
    void aPrefixPromptIsCut() {
        String prompt = qwenPrompt("<|image_pad|>", "What time?");
        assertThat(ResponseText.fromQuery(prompt + COMPLETION, prompt)).isEqualTo(COMPLETION);
    }

    @Test
    void expandedImageTokensAndTheKeptEndOfTurnAreHandled() {
        String prompt = qwenPrompt("<|image_pad|>", "Give the option letter inside <answer> tags. (A) 1 (B) 2");
        String query =
                qwenPrompt("<|image_pad|>".repeat(324), "Give the option letter inside <answer> tags. (A) 1 (B) 2")
                        + COMPLETION + "<|im_end|>";
        assertThat(query).doesNotStartWith(prompt);
        assertThat(ResponseText.fromQuery(query, prompt)).isEqualTo(COMPLETION);
    }

    @Test
    void withoutAPromptTheLastAssistantMarkerOfCommonTemplatesCounts() {
        String qwen = qwenPrompt("<|image_pad|>".repeat(9), "Q") + COMPLETION + "<|im_end|><|endoftext|>";
        assertThat(ResponseText.fromQuery(qwen, null)).isEqualTo(COMPLETION);
        String llama = "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nQ<|eot_id|>"
                + "<|start_header_id|>assistant<|end_header_id|>\n\n" + COMPLETION + "<|eot_id|>";
        assertThat(ResponseText.fromQuery(llama, "a prompt the query does not hold"))
                .isEqualTo(COMPLETION);
        String gemma = "<start_of_turn>user\nQ<end_of_turn>\n<start_of_turn>model\n" + COMPLETION + "<end_of_turn>";
        assertThat(ResponseText.fromQuery(gemma, null)).isEqualTo(COMPLETION);
    }

    @Test
    void aQueryWithNoMarkerIsTheResponse() {
        assertThat(ResponseText.fromQuery(COMPLETION, null)).isEqualTo(COMPLETION);
        assertThat(ResponseText.fromQuery(COMPLETION, "")).isEqualTo(COMPLETION);
    }

    @Test
    void trailingSpecialTokensGoAndEverythingElseStays() {
        assertThat(ResponseText.stripSpecialTokens(COMPLETION + "<|im_end|>\n<|endoftext|><|endoftext|>"))
                .isEqualTo(COMPLETION);
        assertThat(ResponseText.stripSpecialTokens(COMPLETION + "</s>")).isEqualTo(COMPLETION);
        assertThat(ResponseText.stripSpecialTokens(COMPLETION + "\n")).isEqualTo(COMPLETION + "\n");
        assertThat(ResponseText.stripSpecialTokens(COMPLETION)).isSameAs(COMPLETION);
        // an unclosed tag of the layout is the model's text, not a special token
        assertThat(ResponseText.stripSpecialTokens("<think>x</think><answer>")).isEqualTo("<think>x</think><answer>");
        assertThat(ResponseText.stripSpecialTokens("<|im_end|>")).isEmpty();
        assertThat(ResponseText.stripSpecialTokens(" ".repeat(200_000) + "x")).endsWith("x");
    }

    /**
     * Whatever the completion, the image expansion and whether the prompt is sent, the completion comes
     * back; found by the assistant marker (no prompt sent), it loses its leading whitespace, which there
     * cannot be told from the template's line break (strict layouts allow it anyway).
     */
    @Property(tries = 300, seed = "13")
    void theCompletionComesBackFromAnyOpenRlhfQuery(
            @ForAll("completions") String completion,
            @ForAll @IntRange(min = 1, max = 600) int imageTokens,
            @ForAll boolean promptSent) {
        String text = "Give the option letter inside <answer> tags.\n(A) 1\n(B) 2";
        String query = qwenPrompt("<|image_pad|>".repeat(imageTokens), text) + completion + "<|im_end|>";
        String prompt = promptSent ? qwenPrompt("<|image_pad|>", text) : null;
        assertThat(ResponseText.fromQuery(query, prompt))
                .isEqualTo(promptSent ? completion.stripTrailing() : completion.strip());
    }

    @Provide
    Arbitrary<String> completions() {
        return Arbitraries.of(
                        "<think>",
                        "</think>",
                        "<answer>",
                        "</answer>",
                        "<image_description>",
                        "A",
                        "(B)",
                        " ",
                        "\n",
                        "hour = 3",
                        "Give the option letter",
                        "<")
                .list()
                .ofMaxSize(30)
                .map(pieces -> String.join("", pieces));
    }
}
