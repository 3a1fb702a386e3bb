/*
 * Perception probe of the built-in lab model (docs/RESULTS.md, "Why the image condition stays at chance").
 * Trains a freshly initialised lab model on perception alone (image in, the transcription prompt, the
 * fact lines out) and grades greedy transcriptions of 48 unseen instances per type, fact by fact.
 *
 * Run from the repository root after a build (./puzzlelens --version builds it):
 *   J=$(scripts/java-home.sh); MALLOC_ARENA_MAX=1 MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=4294967296 \
 *   OMP_NUM_THREADS=1 $J/bin/java -Djava.awt.headless=true -Dai.djl.offline=true --enable-native-access=ALL-UNNAMED \
 *     -cp "cli/target/puzzlelens-cli.jar:cli/target/lib/*" docs/probes/PerceptionProbe.java TYPES STEPS [LR]
 * e.g. kiwi_count_lab 1500. System properties: -Dcounts=true grades value counts ("fresh = 3") instead
 * of per-cell facts; -Dpatch=32 cuts the 96 px image in 32 px patches; -Devery=N evaluates every N steps.
 */
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.sample.Sampled;
import org.puzzlelens.train.sample.Sampler;
import org.puzzlelens.train.sample.SamplingOptions;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.BpeTrainer;
import org.puzzlelens.train.tokenizer.Vocabulary;

public class PerceptionProbe {
    static final boolean COUNTS = Boolean.getBoolean("counts");

    public static void main(String[] args) throws Exception {
        List<PuzzleType<?>> types = List.of(args[0].split(",")).stream().<PuzzleType<?>>map(Registry.get()::type).toList();
        int steps = Integer.parseInt(args[1]);
        double lr = args.length > 2 ? Double.parseDouble(args[2]) : 1e-3;
        int batch = 16;
        int every = Integer.getInteger("every", 250);
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            PuzzleInstance p = instance(types, 11, i);
            corpus.add(PromptTemplate.transcription(p.type()) + "\n" + target(p));
        }
        BpeTokenizer tok = BpeTrainer.train(corpus, 512);
        ModelConfig lab = ModelConfig.lab(tok.vocabSize());
        VisionConfig v = lab.vision();
        ModelConfig config = new ModelConfig(lab.vocabSize(), lab.hiddenSize(), lab.layers(), lab.heads(), lab.kvHeads(),
                lab.intermediateSize(), lab.maxPositions(), lab.ropeTheta(), lab.rmsNormEps(), lab.tieWordEmbeddings(),
                new VisionConfig(v.imageSize(), Integer.getInteger("patch", v.patchSize()), v.hiddenSize(), v.layers(),
                        v.heads(), v.intermediateSize()));
        int size = v.imageSize();
        try (VisionLanguageModel model = VisionLanguageModel.initialise(config, 7, NDManager.newBaseManager(), DataType.FLOAT32);
                AdamW adam = new AdamW(OptimizerSettings.of(lr, 20, 0.01, 1.0), model.weights())) {
            model.weights().requireGradients(true);
            long started = System.nanoTime();
            for (int step = 0; step < steps; step++) {
                List<int[]> prompts = new ArrayList<>();
                List<int[]> targets = new ArrayList<>();
                List<float[]> pixels = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    PuzzleInstance p = instance(types, 1, step * batch + i);
                    prompts.add(tok.encode(prompt(p)));
                    targets.add(tok.encode(target(p) + Vocabulary.TURN_END));
                    pixels.add(PuzzleImages.pixels(p, size));
                }
                TokenBatch b = TokenBatch.of(prompts, targets, pixels, tok.id(Vocabulary.PAD));
                float loss;
                try (Scope scope = Scope.of(model); GradientCollector c = Engine.getInstance().newGradientCollector()) {
                    NDArray l = model.completionScores(scope.manager(), b, 1.0).crossEntropy();
                    c.backward(l);
                    loss = l.getFloat();
                }
                adam.update(model.weights());
                if ((step + 1) % every == 0 || step + 1 == steps) {
                    System.out.printf("step %d loss %.3f %.0f s%s%n", step + 1, loss, (System.nanoTime() - started) / 1e9,
                            grade(new LoadedModel(model, tok), types, size));
                }
            }
        }
    }

    /** Instance {@code index} of the types in turn; seed 1 trains, seed 4242 tests. */
    static PuzzleInstance instance(List<PuzzleType<?>> types, long seed, int index) {
        return Instances.create(types.get(index % types.size()), seed, index / types.size(), Preset.ALGOPUZZLEVQA);
    }

    static String prompt(PuzzleInstance p) {
        return ChatFormat.prompt(PromptTemplate.transcription(p.type()));
    }

    static List<Fact> facts(PuzzleInstance p) {
        if (!COUNTS) {
            return p.facts();
        }
        Map<String, Integer> counts = new TreeMap<>();
        p.facts().forEach(f -> counts.merge(f.value(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> Fact.of(e.getKey(), e.getValue())).toList();
    }

    static String target(PuzzleInstance p) {
        return Facts.format(facts(p));
    }

    /** Greedy transcriptions of 48 unseen instances per type: facts right per key. */
    static String grade(LoadedModel model, List<PuzzleType<?>> types, int size) {
        Sampler sampler = model.sampler();
        StringBuilder out = new StringBuilder();
        for (PuzzleType<?> type : types) {
            List<PuzzleInstance> test = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                test.add(Instances.create(type, 4242, i, Preset.ALGOPUZZLEVQA));
            }
            Sampled s = sampler.sample(test.stream().map(p -> model.tokenizer().encode(prompt(p))).toList(),
                    test.stream().map(p -> PuzzleImages.pixels(p, size)).toList(), new SamplingOptions(0, 1.0, 60, true),
                    new SplittableRandom(1), false);
            Map<String, int[]> perKey = new TreeMap<>();
            for (int i = 0; i < test.size(); i++) {
                Map<String, String> said = Facts.asMap(Facts.parse(model.tokenizer().decode(s.completions().get(i), false)));
                for (Fact f : facts(test.get(i))) {
                    int[] tally = perKey.computeIfAbsent(f.key(), k -> new int[2]);
                    tally[0] += f.value().equals(said.get(f.key())) ? 1 : 0;
                    tally[1]++;
                }
            }
            int right = perKey.values().stream().mapToInt(t -> t[0]).sum();
            int all = perKey.values().stream().mapToInt(t -> t[1]).sum();
            out.append(String.format(" | %s facts %.1f%%", type.info().name(), 100.0 * right / all));
            if (COUNTS) {
                perKey.forEach((k, t) -> out.append(String.format(" %s %d/%d", k, t[0], t[1])));
            }
        }
        return out.toString();
    }
}
