package org.puzzlelens.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.service.RecordIndex;
import org.puzzlelens.rewards.service.RewardServer;
import org.puzzlelens.rewards.service.ServerConfig;
import org.puzzlelens.rewards.service.TokenFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve a reward design over HTTP: POST /get_reward (OpenRLHF), POST /v1/rewards (native batch, "
                    + "every component), GET /health.",
            "Requests need 'Authorization: Bearer <token>', or '?token=<token>' in the URL for clients that send no "
                    + "headers (the token file is made, owner-only, when absent). "
                    + "Ctrl-C stops it after the requests in flight finish."
        })
final class RewardsServeCommand implements Callable<Integer> {
    @Option(
            names = "--design",
            description = "design for requests that name none (see `rewards list`). Default: ${DEFAULT-VALUE}")
    String design = "mixture";

    @Mixin
    DesignOptions designs;

    @Mixin
    SuiteIndexOption suite;

    @Option(names = "--host", description = "interface to bind. Default: ${DEFAULT-VALUE} (this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Default: ${DEFAULT-VALUE}")
    int port = 8000;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "bearer token file. Default: ~/.puzzlelens/reward-token")
    Path tokenFile = TokenFile.defaultPath();

    @Option(names = "--no-auth", description = "accept requests without a token (only on a trusted network)")
    boolean noAuth;

    @Option(names = "--max-body-mb", description = "largest request body. Default: ${DEFAULT-VALUE}")
    int maxBodyMb = (int) (ServerConfig.DEFAULT_MAX_BODY >> 20);

    @Option(names = "--max-items", description = "most completions per request. Default: ${DEFAULT-VALUE}")
    int maxItems = ServerConfig.DEFAULT_MAX_ITEMS;

    @Option(
            names = "--drain-seconds",
            description = "how long shutdown waits for requests in flight. Default: ${DEFAULT-VALUE}")
    int drainSeconds = 30;

    /**
     * The bodies in flight share one body limit (Gate); a 64 MiB batch of 50,000 completions was served in
     * the launcher's 512 MiB heap, so a heap under 8 times the limit may run out of memory on the largest batches.
     */
    private void warnIfTheHeapIsSmallForTheBodyLimit() {
        // -Xmx itself: Runtime.maxMemory leaves out a survivor space and reads lower
        long heapMib = Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .getVMOption("MaxHeapSize")
                        .getValue())
                >> 20;
        if ((long) maxBodyMb * 8 > heapMib) {
            System.err.printf(
                    "warning: --max-body-mb %d needs a Java heap of about %d MiB (8 times), this one has %d MiB; "
                            + "raise it with PUZZLELENS_JAVA_OPTS=-Xmx%dm%n",
                    maxBodyMb, maxBodyMb * 8L, heapMib, maxBodyMb * 8L);
        }
    }

    @Override
    public Integer call() throws Exception {
        RewardEngine engine = new RewardEngine(designs.designs());
        engine.designs().design(design); // an unknown name fails now, before anything is bound
        Optional<String> token = Optional.empty();
        if (!noAuth) {
            TokenFile.Token t = TokenFile.readOrCreate(tokenFile);
            token = Optional.of(t.value());
            System.out.println((t.created() ? "created token file " : "token file ")
                    + t.file().toAbsolutePath());
        } else if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            System.err.println(
                    "warning: serving without authentication on " + host + ": anyone who reaches it can use it");
        }
        warnIfTheHeapIsSmallForTheBodyLimit();
        RecordIndex index = suite.index();
        ServerConfig config = new ServerConfig(
                host, port, design, token, (long) maxBodyMb << 20, maxItems, Duration.ofSeconds(drainSeconds));
        RewardServer server = RewardServer.start(config, engine, index);
        System.out.printf(
                "serving design %s on %s (%d records from %s)%n", design, server.url(), index.size(), index.source());
        System.out.println("  POST " + server.url() + "/get_reward   (OpenRLHF >= 0.10.2: --reward.remote_url "
                + "rewards/python/openrlhf_reward_func.py with PUZZLELENS_REWARD_URL and PUZZLELENS_REWARD_TOKEN set, "
                + "or --reward.remote_url '" + server.url()
                + "/get_reward?token=<token>' for clients without headers)");
        System.out.println("  POST " + server.url() + "/v1/rewards   (native batch; the Python adapter)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                boolean drained = server.stop();
                System.err.println(drained ? "stopped" : "stopped; some requests did not finish in time");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
        return 0;
    }
}
