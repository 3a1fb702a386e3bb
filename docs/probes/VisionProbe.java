/*
 * Encoder probe of the built-in lab model (docs/RESULTS.md, "Why the image condition was at chance").
 * Trains the lab model's image encoder alone, with a linear head per type on its mean-pooled patches,
 * to give the lab answer (4 classes), and prints the held-out accuracy per type. No decoder, no text:
 * it asks only whether the encoder can see what the question needs.
 *
 * Run from the repository root after a build (./puzzlelens --version builds it):
 *   J=$(scripts/java-home.sh); MALLOC_ARENA_MAX=1 OMP_NUM_THREADS=1 $J/bin/java -Djava.awt.headless=true \
 *     -Dai.djl.offline=true --enable-native-access=ALL-UNNAMED \
 *     -cp "cli/target/puzzlelens-cli.jar:cli/target/lib/*" docs/probes/VisionProbe.java TYPES STEPS [LR]
 * e.g. kiwi_count_lab,dot_count_lab,clock_quarter_lab 600. System properties: -Dwhite=true gives the
 * encoder white as 1 (the input before it read ink); -Dlinear=true replaces the encoder by its patch
 * convolution alone; -Dbatch=N (32), -Dpool=N training images (2048, drawn with replacement), -Devery=N.
 */
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.model.HostData;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.model.Weights;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.optim.OptimizerSettings;

public class VisionProbe {
    static final boolean WHITE = Boolean.getBoolean("white");
    static final boolean LINEAR = Boolean.getBoolean("linear");
    static final int CLASSES = 4;

    record Images(float[][] pixels, int[] answers) {
        static Images of(List<PuzzleType<?>> types, long seed, int count, int size) {
            float[][] pixels = new float[count][];
            int[] answers = new int[count];
            for (int i = 0; i < count; i++) {
                PuzzleInstance p = Instances.create(types.get(i % types.size()), seed, i / types.size(), Preset.ALGOPUZZLEVQA);
                pixels[i] = PuzzleImages.pixels(p, size);
                answers[i] = p.answerIndex();
            }
            return new Images(pixels, answers);
        }
    }

    public static void main(String[] args) throws Exception {
        List<PuzzleType<?>> types = Arrays.stream(args[0].split(",")).<PuzzleType<?>>map(Registry.get()::type).toList();
        int steps = Integer.parseInt(args[1]);
        double lr = args.length > 2 ? Double.parseDouble(args[2]) : 1e-3;
        int batch = Integer.getInteger("batch", 32);
        ModelConfig lab = ModelConfig.lab(512);
        VisionConfig v = lab.vision();
        Images train = Images.of(types, 1, Integer.getInteger("pool", 2048), v.imageSize());
        Images test = Images.of(types, 4242, 64 * types.size(), v.imageSize());
        NDManager root = NDManager.newBaseManager();
        try (VisionLanguageModel model = VisionLanguageModel.initialise(lab, 7, root, DataType.FLOAT32)) {
            Weights w = model.weights();
            int features = LINEAR ? v.hiddenSize() : lab.hiddenSize();
            w.normal("probe.head", new Shape((long) CLASSES * types.size(), features), 0.02, new SplittableRandom(3), DataType.FLOAT32);
            w.requireGradients(true);
            SplittableRandom rng = new SplittableRandom(5);
            long started = System.nanoTime();
            try (AdamW adam = new AdamW(OptimizerSettings.of(lr, 20, 0.01, 1.0), w)) {
                for (int step = 0; step < steps; step++) {
                    int[] rows = rng.ints(batch, 0, train.answers().length).toArray();
                    float loss;
                    try (NDManager m = root.newSubManager(); GradientCollector c = Engine.getInstance().newGradientCollector()) {
                        float[] onehot = new float[batch * CLASSES];
                        for (int b = 0; b < batch; b++) {
                            onehot[b * CLASSES + train.answers()[rows[b]]] = 1;
                        }
                        NDArray l = logits(model, m, train, rows, types.size()).logSoftmax(-1)
                                .mul(HostData.owned(m.create(onehot, new Shape(batch, CLASSES))))
                                .sum().neg().div(batch);
                        c.backward(l);
                        loss = l.getFloat();
                    }
                    adam.update(w);
                    if ((step + 1) % Integer.getInteger("every", 100) == 0 || step + 1 == steps) {
                        System.out.printf("step %d loss %.3f held-out accuracy %s(%.0f s)%n", step + 1, loss,
                                accuracy(model, root, test, types), (System.nanoTime() - started) / 1e9);
                    }
                }
            }
        }
    }

    /** Class scores [rows, 4]: each image's own type's head over its mean-pooled encoding. */
    static NDArray logits(VisionLanguageModel model, NDManager m, Images images, int[] rows, int typeCount) {
        int size = model.config().vision().imageSize();
        int plane = 3 * size * size;
        float[] flat = new float[rows.length * plane];
        float[] ownHead = new float[rows.length * typeCount];
        for (int b = 0; b < rows.length; b++) {
            System.arraycopy(images.pixels()[rows[b]], 0, flat, b * plane, plane);
            ownHead[b * typeCount + rows[b] % typeCount] = 1;
        }
        NDArray pixels = HostData.owned(m.create(flat, new Shape(rows.length, 3, size, size)));
        NDArray encoded = encode(model, WHITE ? pixels.neg().add(1) : pixels);
        NDArray scores = Linear.linear(encoded.mean(new int[] {1}), model.weights().get("probe.head"))
                .singletonOrThrow()
                .reshape(rows.length, typeCount, CLASSES);
        return scores.mul(HostData.owned(m.create(ownHead, new Shape(rows.length, typeCount, 1)))).sum(new int[] {1});
    }

    /** The model's encoder, or with -Dlinear only its patch convolution over the ink it would read. */
    static NDArray encode(VisionLanguageModel model, NDArray pixels) {
        if (!LINEAR) {
            return model.encodeImages(pixels); // the encoder itself turns pixels into ink
        }
        VisionConfig v = model.config().vision();
        NDArray patches = Conv2d.conv2d(pixels.neg().add(1), model.weights().get("visual.patch_embed.proj.weight"),
                        model.weights().get("visual.patch_embed.proj.bias"), new Shape(v.patchSize(), v.patchSize()))
                .singletonOrThrow();
        return patches.reshape(patches.getShape().get(0), v.hiddenSize(), v.patches()).transpose(0, 2, 1);
    }

    static String accuracy(VisionLanguageModel model, NDManager root, Images test, List<PuzzleType<?>> types) {
        int n = test.answers().length;
        int[] right = new int[types.size()];
        int[] all = new int[types.size()];
        try (NDManager m = root.newSubManager()) {
            float[] scores = logits(model, m, test, java.util.stream.IntStream.range(0, n).toArray(), types.size()).toFloatArray();
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int k = 1; k < CLASSES; k++) {
                    best = scores[i * CLASSES + k] > scores[i * CLASSES + best] ? k : best;
                }
                right[i % types.size()] += best == test.answers()[i] ? 1 : 0;
                all[i % types.size()]++;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < types.size(); t++) {
            out.append(String.format("%s %.0f%% ", types.get(t).info().name(), 100.0 * right[t] / all[t]));
        }
        return out.toString();
    }
}
