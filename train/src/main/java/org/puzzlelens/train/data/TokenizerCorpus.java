package org.puzzlelens.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * The text the tokenizer is trained on: for the first puzzles of a stream, the prompts in both
 * conditions and every response style, so the vocabulary fits what the model will read and write.
 */
public final class TokenizerCorpus {
    private TokenizerCorpus() {}

    public static List<String> texts(PuzzleStream stream, int puzzles) {
        List<String> out = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(stream.seed());
        for (int n = 0; n < puzzles; n++) {
            PuzzleInstance p = stream.get(n);
            for (ResponseStyle style : ResponseStyle.values()) {
                out.add(ChatFormat.prompt(p, Condition.TEXT, style.instruction()));
                out.add(style.target(p, rng));
            }
        }
        return out;
    }
}
