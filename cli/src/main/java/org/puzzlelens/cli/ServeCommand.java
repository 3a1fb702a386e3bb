package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.sample.SamplingOptions;
import org.puzzlelens.train.serve.ChatServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a built-in model checkpoint as an OpenAI-compatible API: POST /v1/chat/completions "
                + "(the image as a data: URL in an image_url part) and GET /v1/models. Runs until interrupted."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, paramLabel = "DIR", description = "a model folder (config.json, model.safetensors, tokenizer.json)")
    Path checkpoint;

    @Option(names = "--host", description = "address to bind; 127.0.0.1 keeps it local. Default: ${DEFAULT-VALUE}")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Default: ${DEFAULT-VALUE}")
    int port = 8000;

    @Option(names = "--temperature", description = "when a request gives none. Default: ${DEFAULT-VALUE}")
    double temperature = 0;

    @Option(names = "--max-tokens", description = "when a request gives none. Default: ${DEFAULT-VALUE}")
    int maxTokens = 256;

    @Override
    public Integer call() throws Exception {
        try (LoadedModel model = Checkpoint.load(checkpoint, false);
                ChatServer server = new ChatServer(model, checkpoint.getFileName().toString(),
                        new SamplingOptions(temperature, 1.0, maxTokens, true), host, port)) {
            System.out.printf("serving %s on http://%s:%d/v1/chat/completions (Ctrl-C stops)%n", checkpoint, host, server.port());
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
