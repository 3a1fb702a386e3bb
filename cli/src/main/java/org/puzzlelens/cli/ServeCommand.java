package org.puzzlelens.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.puzzlelens.rewards.service.TokenFile;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.sample.SamplingOptions;
import org.puzzlelens.train.serve.ChatServer;
import org.puzzlelens.train.serve.ServeLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve a built-in model checkpoint as an OpenAI-compatible API: POST /v1/chat/completions "
                    + "(the image as a data: URL in an image_url part) and GET /v1/models. Runs until interrupted.",
            "One request generates at a time; --queue more wait, the rest get 503 with Retry-After. Requests beyond "
                    + "the limits (max_tokens over the model's positions, n other than 1, temperature outside 0..2, top_p "
                    + "outside (0, 1], bodies over 16 MiB, text over 65,536 characters, images declaring over 4096 x 4096 "
                    + "pixels) get 400/413 naming the limit."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--checkpoint",
            required = true,
            paramLabel = "DIR",
            description = "a model folder (config.json, model.safetensors, tokenizer.json)")
    Path checkpoint;

    @Option(names = "--host", description = "address to bind; 127.0.0.1 keeps it local. Default: ${DEFAULT-VALUE}")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Default: ${DEFAULT-VALUE}")
    int port = 8000;

    @Option(names = "--temperature", description = "when a request gives none. Default: ${DEFAULT-VALUE}")
    double temperature = 0;

    @Option(names = "--max-tokens", description = "when a request gives none. Default: ${DEFAULT-VALUE}")
    int maxTokens = 256;

    @Option(names = "--queue", description = "requests that may wait while one generates. Default: ${DEFAULT-VALUE}")
    int queue = ServeLimits.DEFAULT_QUEUE;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description =
                    "require 'Authorization: Bearer <token>' with the "
                            + "token in FILE (made, owner-only, when absent; clients pass it as their API key). Default: no token")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        if (queue < 0) {
            throw new IllegalArgumentException("--queue must be 0 or more, got " + queue);
        }
        Optional<String> token = Optional.empty();
        if (tokenFile != null) {
            TokenFile.Token t = TokenFile.readOrCreate(tokenFile);
            token = Optional.of(t.value());
            System.out.println((t.created() ? "created token file " : "token file ")
                    + t.file().toAbsolutePath());
        } else if (!InetAddress.getByName(host).isLoopbackAddress()) {
            System.err.println("warning: serving without authentication on " + host + ": anyone who reaches it can use "
                    + "the model; add --token-file FILE");
        }
        try (LoadedModel model = Checkpoint.load(checkpoint, false);
                ChatServer server = new ChatServer(
                        model,
                        checkpoint.getFileName().toString(),
                        new SamplingOptions(temperature, 1.0, maxTokens, true),
                        host,
                        port,
                        ServeLimits.defaults().withQueue(queue).withToken(token))) {
            System.out.printf(
                    "serving %s on http://%s:%d/v1/chat/completions (Ctrl-C stops)%n", checkpoint, host, server.port());
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
