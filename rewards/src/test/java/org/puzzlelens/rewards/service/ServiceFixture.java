package org.puzzlelens.rewards.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.Designs;

/** A running service over ten clock records, and a client for it. */
final class ServiceFixture implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789abcdef";

    final RewardServer server;
    final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ServiceFixture(long maxBodyBytes, int maxItems, Duration drain) throws Exception {
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(new DatasetRecord(Path.of("clock.json"), i + 1, Fixtures.record(i)));
        }
        RecordIndex index = RecordIndex.of(records, "a test suite", Registry.get(), Progress.NONE);
        ServerConfig config =
                new ServerConfig("127.0.0.1", 0, "mixture", Optional.of(TOKEN), maxBodyBytes, maxItems, drain);
        server = RewardServer.start(config, new RewardEngine(Designs.defaults()), index);
    }

    ServiceFixture() throws Exception {
        this(1 << 20, 100, Duration.ofSeconds(10));
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create(server.url() + path);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
