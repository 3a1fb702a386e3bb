package org.puzzlelens.rewards.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's response in what an engine sends, before any grading: engines send more than the
 * response, and the answer rules must never see the prompt.
 *
 * <p>OpenRLHF sends {@code query} = the decoded prompt plus completion, with special tokens kept, and
 * for a vision model each image placeholder of the prompt expanded by the processor into hundreds of
 * image tokens; its {@code prompts} hold the templated prompt with one placeholder. So the prompt is
 * often no prefix of the query, and the completion ends with an end-of-turn token.
 */
final class ResponseText {
    /** Runs of image placeholders as chat templates write them and processors expand them. */
    private static final Pattern IMAGE_TOKENS = Pattern.compile(
            "(?:<\\|image_pad\\|>|<\\|video_pad\\|>|<\\|image\\|>|<image>|<image_soft_token>|<IMG_CONTEXT>)+");
    /** Where the assistant's turn begins in common chat templates (ChatML/Qwen, Llama 3, Gemma, Phi-3, Mistral). */
    private static final List<String> ASSISTANT_MARKERS = List.of(
            "<|im_start|>assistant",
            "<|start_header_id|>assistant<|end_header_id|>",
            "<start_of_turn>model",
            "<|assistant|>",
            "[/INST]");
    /** Special tokens a decoder keeps at the end: {@code <|im_end|>}, {@code <|endoftext|>}, {@code </s>}... */
    private static final Pattern SPECIAL_TOKEN =
            Pattern.compile("<\\|[^|<>\\s]{1,40}\\|>|</s>|<eos>|<end_of_turn>|<pad>");

    private ResponseText() {}

    /**
     * The completion inside an OpenRLHF query, in this order: after the prompt when the prompt is a
     * prefix; after the prompt's text that follows its last image placeholder (which survives image
     * expansion unchanged); after the last assistant turn marker; else the whole query. Trailing
     * special tokens are removed.
     *
     * @param prompt the engine's prompt for this query, or null when it sent none
     */
    public static String fromQuery(String query, String prompt) {
        return stripSpecialTokens(locate(query, prompt));
    }

    private static String locate(String query, String prompt) {
        if (prompt != null && !prompt.isEmpty()) {
            if (query.startsWith(prompt)) {
                return query.substring(prompt.length());
            }
            int afterPromptText = afterPromptText(query, prompt);
            if (afterPromptText >= 0) {
                return query.substring(afterPromptText);
            }
        }
        int afterMarker = -1;
        for (String marker : ASSISTANT_MARKERS) {
            int at = query.lastIndexOf(marker);
            if (at >= 0) {
                afterMarker = Math.max(afterMarker, at + marker.length());
            }
        }
        return afterMarker >= 0 ? query.substring(afterMarker).stripLeading() : query;
    }

    /** Where the query continues past the prompt's text after its last image run; -1 when not found. */
    private static int afterPromptText(String query, String prompt) {
        String tail = prompt.substring(lastImageRunEnd(prompt));
        if (tail.isBlank() || tail.length() == prompt.length()) {
            return -1; // no image placeholder: the prompt was no prefix for another reason
        }
        int at = query.indexOf(tail, lastImageRunEnd(query));
        return at < 0 ? -1 : at + tail.length();
    }

    private static int lastImageRunEnd(String text) {
        Matcher m = IMAGE_TOKENS.matcher(text);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** The text without the special tokens (and whitespace) at its end, which strict layouts would count. */
    public static String stripSpecialTokens(String text) {
        // token by token from the end: a regex anchored at the end would rescan long whitespace runs
        String rest = text.stripTrailing();
        boolean stripped = false;
        for (int open = rest.lastIndexOf('<'); open >= 0 && isSpecialToken(rest, open); open = rest.lastIndexOf('<')) {
            rest = rest.substring(0, open).stripTrailing();
            stripped = true;
        }
        return stripped ? rest : text;
    }

    private static boolean isSpecialToken(String text, int from) {
        return SPECIAL_TOKEN.matcher(text).region(from, text.length()).matches();
    }
}
