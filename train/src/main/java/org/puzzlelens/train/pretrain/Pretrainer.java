package org.puzzlelens.train.pretrain;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Seeds;
import org.puzzlelens.puzzles.core.Seeds.Purpose;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.data.ResponseStyle;
import org.puzzlelens.train.data.TokenizerCorpus;
import org.puzzlelens.train.metrics.Curves;
import org.puzzlelens.train.metrics.MetricsLog;
import org.puzzlelens.train.model.CompletionScores;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.BpeTrainer;
import org.puzzlelens.train.tokenizer.Vocabulary;

/**
 * The warm start: trains the tokenizer on puzzle text, then the model by next-token cross-entropy
 * on responses in a mix of styles (see {@link ResponseStyle}), in the image and the text condition.
 * The result is cached under the options' hash.
 */
public final class Pretrainer {
    private final PretrainOptions options;
    private final PuzzleStream stream;
    private long shortened;
    /** A lone non-finite gradient is skipped; this many in a row means training has broken down. */
    static final int MAX_CONSECUTIVE_SKIPS = 5;

    public Pretrainer(PretrainOptions options) {
        this.options = options;
        this.stream = stream(options, Purpose.WARM_START_PUZZLES);
    }

    /** The warm start's puzzles (or, for {@link Purpose#TOKENIZER_CORPUS}, the tokenizer's). */
    public static PuzzleStream stream(PretrainOptions options, Purpose purpose) {
        List<PuzzleType<?>> types = options.types().stream()
                .<PuzzleType<?>>map(Registry.get()::type)
                .toList();
        return new PuzzleStream(types, Seeds.of(options.seed(), purpose), options.preset());
    }

    /** How many puzzles of {@link #stream} the warm start trains on. */
    public static long puzzlesSeen(PretrainOptions options) {
        return (long) options.steps() * options.batchSize();
    }

    /** The base model folder for these options under {@code cache}: reused when present, else trained. */
    public Path baseModel(Path cache, Progress progress) throws IOException {
        Path dir = cache.resolve("base-" + options.hash());
        if (Checkpoint.exists(dir)) {
            return dir;
        }
        BpeTokenizer tokenizer = BpeTrainer.train(
                TokenizerCorpus.texts(stream(options, Purpose.TOKENIZER_CORPUS), options.tokenizerPuzzles()),
                options.vocabSize());
        List<Map<String, Double>> rows = new ArrayList<>();
        try (VisionLanguageModel model = VisionLanguageModel.initialise(
                        PretrainOptions.config(tokenizer.vocabSize(), options.size()),
                        Seeds.of(options.seed(), Purpose.MODEL_INITIALISATION),
                        NDManager.newBaseManager(),
                        DataType.FLOAT32);
                AdamW adam = new AdamW(options.optimizer(), model.weights())) {
            model.weights().requireGradients(true);
            progress.begin("pretrain", options.steps());
            int consecutiveSkips = 0;
            try {
                for (int step = 0; step < options.steps(); step++) {
                    long started = System.nanoTime();
                    TokenBatch batch = batch(
                            step,
                            tokenizer,
                            model.config().vision().imageSize(),
                            model.config().vision().patches());
                    Map<String, Double> row = new LinkedHashMap<>();
                    row.put("step", step + 1.0);
                    row.put("lr", adam.learningRate());
                    try (Scope scope = Scope.of(model);
                            GradientCollector c = Engine.getInstance().newGradientCollector()) {
                        CompletionScores s = model.completionScores(scope.manager(), batch, 1.0);
                        NDArray loss = s.crossEntropy();
                        c.backward(loss);
                        row.put("loss", (double) loss.getFloat());
                    }
                    double norm = adam.update(model.weights());
                    row.put("grad_norm", norm);
                    row.put("skipped_updates", (double) adam.skipped());
                    consecutiveSkips = Double.isFinite(norm) ? 0 : consecutiveSkips + 1;
                    if (consecutiveSkips >= MAX_CONSECUTIVE_SKIPS || !Double.isFinite(row.get("loss"))) {
                        throw new IllegalStateException("warm start stopped at step " + (step + 1) + ": "
                                + (Double.isFinite(row.get("loss"))
                                        ? MAX_CONSECUTIVE_SKIPS + " consecutive updates with a non-finite gradient"
                                        : "the loss is not finite")
                                + "; no model was written (try a lower --lr)");
                    }
                    row.put("tokens_per_second", tokens(batch) / ((System.nanoTime() - started) / 1e9));
                    row.put("targets_shortened", (double) shortened);
                    rows.add(row);
                    progress.advance(1);
                }
            } finally {
                progress.end();
            }
            Checkpoint.save(dir, model, tokenizer);
        }
        MetricsLog log = new MetricsLog(dir.resolve("pretrain-metrics.jsonl"));
        for (Map<String, Double> row : rows) {
            log.append(row);
        }
        Curves.write(rows, Map.of("pretrain_loss", List.of("loss")), dir.resolve("curves"));
        Files.writeString(
                dir.resolve("pretrain-options.json"),
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(options));
        return dir;
    }

    /** Step {@code step}'s batch: one condition for the whole batch, a style drawn per example. */
    TokenBatch batch(int step, BpeTokenizer tokenizer, int imageSize, int imagePositions) {
        SplittableRandom rng = Seeds.stream(options.seed(), Purpose.WARM_START_BATCHES, step);
        Condition condition = rng.nextDouble() < options.imageShare() ? Condition.IMAGE : Condition.TEXT;
        int prefix = condition == Condition.IMAGE ? imagePositions : 0;
        ResponseStyle[] styles = ResponseStyle.values();
        List<int[]> prompts = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        List<float[]> pixels = condition == Condition.IMAGE ? new ArrayList<>() : null;
        for (int i = 0; i < options.batchSize(); i++) {
            PuzzleInstance p = stream.get((long) step * options.batchSize() + i);
            ResponseStyle style = styles[rng.nextInt(styles.length)];
            // half the prompts ask in the study's words whatever the style, so the format is not a given
            String instruction = rng.nextBoolean() ? style.instruction() : PromptTemplate.TAGGED_INSTRUCTION;
            int[] prompt = tokenizer.encode(ChatFormat.prompt(p, condition, instruction));
            int[] target = tokenizer.encode(style.target(p, rng) + Vocabulary.TURN_END);
            if (prefix + prompt.length + target.length > options.maxSequence()) {
                // counted, never silent: the study reports how many warm-start targets were shortened
                shortened++;
                target = tokenizer.encode(ResponseStyle.ANSWER_ONLY.target(p, rng) + Vocabulary.TURN_END);
            }
            prompts.add(prompt);
            targets.add(target);
            if (pixels != null) {
                pixels.add(PuzzleImages.pixels(p, imageSize));
            }
        }
        return TokenBatch.of(prompts, targets, pixels, tokenizer.id(Vocabulary.PAD));
    }

    private static long tokens(TokenBatch b) {
        long n = 0;
        for (boolean[] row : b.valid()) {
            for (boolean v : row) {
                n += v ? 1 : 0;
            }
        }
        return n;
    }
}
