package org.puzzlelens.train.local;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.imageio.ImageIO;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendProvider;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Completion;
import org.puzzlelens.eval.backend.Message;
import org.puzzlelens.eval.backend.ModelRequest;
import org.puzzlelens.eval.backend.RequestFailedException;
import org.puzzlelens.eval.backend.Usage;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * The built-in model, loaded from a checkpoint folder, answering the evaluation harness in process
 * (no HTTP). The prompt is the last user message: its text in the model's chat template and at most
 * one image. The harness's sampling applies, with the completion cut to what the model's positions
 * and the {@code max-tokens} option allow.
 */
public final class LocalBackend implements Backend {
    private final LoadedModel model;
    private final BatchingGenerator generator;
    private final int maxTokens;
    private final long seed;

    LocalBackend(LoadedModel model, int maxBatch, int maxTokens, long seed) {
        this.model = model;
        this.generator = new BatchingGenerator(model, maxBatch);
        this.maxTokens = maxTokens;
        this.seed = seed;
    }

    @Override
    public List<Completion> complete(ModelRequest request) throws RequestFailedException, InterruptedException {
        Message user = lastUser(request);
        int[] prompt = model.tokenizer().encode(promptText(request));
        float[] pixels = pixels(user, request);
        int prefix = pixels == null ? 0 : model.model().config().vision().patches();
        int room = model.model().config().maxPositions() - prefix - prompt.length;
        if (room < 1) {
            throw new RequestFailedException(
                    "the prompt of " + (prefix + prompt.length) + " positions leaves no room in the " + "model's "
                            + model.model().config().maxPositions(),
                    1);
        }
        var sampling = request.sampling();
        SamplingOptions options = new SamplingOptions(
                sampling.temperature(),
                sampling.topP() == null ? 1.0 : sampling.topP(),
                Math.min(room, Math.min(maxTokens, sampling.maxTokens())),
                true);
        List<CompletableFuture<GeneratedText>> pending = new ArrayList<>();
        for (int sample : request.samples()) {
            long drawSeed = (sampling.seed() == null ? seed : sampling.seed()) * 31
                    + request.item().id().hashCode() * 17L
                    + sample;
            pending.add(generator.submit(prompt, pixels, options, drawSeed));
        }
        List<Completion> out = new ArrayList<>();
        for (CompletableFuture<GeneratedText> p : pending) {
            try {
                GeneratedText g = p.get();
                out.add(new Completion(
                        g.text(),
                        out.isEmpty()
                                ? new Usage(g.promptTokens(), g.completionTokens())
                                : new Usage(0, g.completionTokens()),
                        1));
            } catch (ExecutionException e) {
                throw new RequestFailedException("the local model failed: " + e.getCause(), 1);
            }
        }
        return out;
    }

    /** The text the model continues: the last user message in the model's chat turns. */
    static String promptText(ModelRequest request) throws RequestFailedException {
        return ChatFormat.prompt(lastUser(request).text());
    }

    private static Message lastUser(ModelRequest request) throws RequestFailedException {
        return request.messages().reversed().stream()
                .filter(m -> m.role() == Message.Role.USER)
                .findFirst()
                .orElseThrow(() -> new RequestFailedException("the request holds no user message", 1));
    }

    private float[] pixels(Message user, ModelRequest request) throws RequestFailedException {
        List<Message.Image> images = user.parts().stream()
                .filter(Message.Image.class::isInstance)
                .map(Message.Image.class::cast)
                .toList();
        if (images.isEmpty()) {
            return null;
        }
        if (images.size() > 1) {
            throw new RequestFailedException("the built-in model takes one image per prompt, got " + images.size(), 1);
        }
        try {
            BufferedImage image = ImageIO.read(
                    new ByteArrayInputStream(images.getFirst().data().bytes()));
            if (image == null) {
                throw new RequestFailedException(request.item().where() + ": the image cannot be decoded", 1);
            }
            return PuzzleImages.pixels(image, model.model().config().vision().imageSize());
        } catch (IOException e) {
            throw new RequestFailedException(request.item().where() + ": unreadable image: " + e.getMessage(), 1);
        }
    }

    @Override
    public void close() {
        generator.close();
        model.close();
    }

    /** {@code --backend local --backend-option checkpoint=DIR}. */
    public static final class Provider implements BackendProvider {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public String summary() {
            return "the built-in model in process: options checkpoint=DIR (required), max-tokens=N (256), batch=N (8), seed=N (1)";
        }

        @Override
        public Backend create(BackendSettings settings) throws BackendConfigException {
            settings.allowOptions(name(), Set.of("checkpoint", "max-tokens", "batch", "seed"));
            String dir = settings.options().get("checkpoint");
            if (dir == null || dir.isBlank()) {
                throw new BackendConfigException("backend local needs --backend-option checkpoint=DIR (a model folder "
                        + "written by `puzzlelens pretrain` or `train`)");
            }
            Path folder = Path.of(dir);
            if (!Checkpoint.exists(folder)) {
                throw new BackendConfigException("--backend-option checkpoint=" + dir + " is not a model folder (needs "
                        + Checkpoint.CONFIG + ", " + Checkpoint.WEIGHTS + " and tokenizer.json)");
            }
            long maxTokens = settings.longOption("max-tokens", 256);
            long batch = settings.longOption("batch", 8);
            if (maxTokens < 1 || batch < 1) {
                throw new BackendConfigException("--backend-option max-tokens and batch must be >= 1");
            }
            try {
                return new LocalBackend(
                        Checkpoint.load(folder, false), (int) batch, (int) maxTokens, settings.longOption("seed", 1));
            } catch (IOException e) {
                throw new BackendConfigException("cannot load the model in " + dir + ": " + e.getMessage());
            }
        }
    }
}
