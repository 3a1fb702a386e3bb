package org.puzzlelens.train;

import java.util.Set;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.sample.Sampler;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.Vocabulary;

/** A model with its tokenizer. */
public record LoadedModel(VisionLanguageModel model, BpeTokenizer tokenizer) implements AutoCloseable {

    /** A sampler that stops at the end of the answer, the end of the turn, or the end of text. */
    public Sampler sampler() {
        return new Sampler(
                model,
                Set.of(
                        tokenizer.id(Vocabulary.ANSWER_CLOSE),
                        tokenizer.id(Vocabulary.TURN_END),
                        tokenizer.id(Vocabulary.END_OF_TEXT)),
                pad());
    }

    public int pad() {
        return tokenizer.id(Vocabulary.PAD);
    }

    @Override
    public void close() {
        model.close();
    }
}
