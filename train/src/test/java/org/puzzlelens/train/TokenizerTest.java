package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.data.TokenizerCorpus;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.BpeTrainer;
import org.puzzlelens.train.tokenizer.TokenizerJson;
import org.puzzlelens.train.tokenizer.Vocabulary;

/** Our BPE and Hugging Face's tokenizers, reading the tokenizer.json we write, agree token for token. */
class TokenizerTest {
    @TempDir
    static Path dir;

    static List<String> corpus;
    static BpeTokenizer ours;
    static HuggingFaceTokenizer hf;

    @BeforeAll
    static void train() throws Exception {
        PuzzleStream stream = new PuzzleStream(Registry.get().all(), 3, Preset.ALGOPUZZLEVQA);
        corpus = TokenizerCorpus.texts(stream, 32);
        ours = BpeTrainer.train(corpus, 800);
        Path file = dir.resolve(TokenizerJson.FILE);
        TokenizerJson.write(ours, file);
        hf = HuggingFaceTokenizer.newInstance(file, Map.of("addSpecialTokens", "false", "truncation", "false"));
    }

    @Test
    void fillsTheVocabularyAndCompressesPuzzleText() {
        assertThat(ours.vocabSize()).isEqualTo(800);
        String text = String.join("\n", corpus.subList(0, 20));
        assertThat((double) ours.encode(text).length).isLessThan(text.length() / 2.5);
    }

    @Test
    void huggingFaceEncodesAndDecodesAsWeDo() {
        List<String> samples = new ArrayList<>(corpus.subList(0, 60));
        samples.add("Unseen: ünïcödé → 42°, tabs\tand  double  spaces\n\n<think>x</think><answer>B</answer>"
                + Vocabulary.TURN_END);
        samples.add("a".repeat(3000)); // longer than the library's default truncation
        for (String s : samples) {
            int[] ids = ours.encode(s);
            Encoding e = hf.encode(s);
            assertThat(Arrays.stream(e.getIds()).mapToInt(Math::toIntExact).toArray())
                    .as(s)
                    .isEqualTo(ids);
            long[] asLong = Arrays.stream(ids).asLongStream().toArray();
            assertThat(ours.decode(ids, false)).isEqualTo(s);
            assertThat(hf.decode(asLong, false)).isEqualTo(s);
            assertThat(hf.decode(asLong, true)).isEqualTo(ours.decode(ids, true));
        }
    }

    @Test
    void tagsAreSingleTokensAndSurviveDecoding() {
        int[] ids = ours.encode("<answer>C</answer><|im_end|>");
        assertThat(ids[0]).isEqualTo(ours.id(Vocabulary.ANSWER_OPEN));
        assertThat(ids[ids.length - 1]).isEqualTo(ours.id(Vocabulary.TURN_END));
        assertThat(ours.decode(ids, true)).isEqualTo("<answer>C</answer>");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        BpeTokenizer back = TokenizerJson.read(dir.resolve(TokenizerJson.FILE));
        for (String s : corpus.subList(0, 20)) {
            assertThat(back.encode(s)).isEqualTo(ours.encode(s));
        }
    }
}
