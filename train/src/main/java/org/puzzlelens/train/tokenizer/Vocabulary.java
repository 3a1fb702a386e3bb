package org.puzzlelens.train.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The added tokens every PuzzleLens tokenizer starts with, in id order. */
public final class Vocabulary {
    public static final String PAD = "<|pad|>";
    public static final String END_OF_TEXT = "<|endoftext|>";
    public static final String TURN_START = "<|im_start|>";
    public static final String TURN_END = "<|im_end|>";
    public static final String DESCRIPTION_OPEN = "<image_description>";
    public static final String DESCRIPTION_CLOSE = "</image_description>";
    public static final String THINK_OPEN = "<think>";
    public static final String THINK_CLOSE = "</think>";
    public static final String ANSWER_OPEN = "<answer>";
    public static final String ANSWER_CLOSE = "</answer>";

    private static final List<String> SPECIAL = List.of(PAD, END_OF_TEXT, TURN_START, TURN_END);
    private static final List<String> TAGS =
            List.of(DESCRIPTION_OPEN, DESCRIPTION_CLOSE, THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE);

    private Vocabulary() {}

    public static List<AddedToken> addedTokens() {
        List<String> all = new ArrayList<>(SPECIAL);
        all.addAll(TAGS);
        return IntStream.range(0, all.size())
                .mapToObj(i -> new AddedToken(i, all.get(i), SPECIAL.contains(all.get(i))))
                .toList();
    }
}
