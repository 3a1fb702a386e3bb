package org.puzzlelens.eval.backend.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.RequestFailedException;
import org.puzzlelens.eval.backend.RetryPolicy;

/**
 * POSTs JSON with retries: 429, 5xx (and Anthropic's 529), timeouts and broken connections are
 * retried with backoff, waiting as long as the server asks (Retry-After); 401, 403 and 404 mean the
 * settings are wrong and stop the run; other 4xx fail the one request.
 */
final class HttpTransport {
    private static final int MAX_ERROR_CHARS = 300;

    private final HttpClient client;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final RateGate gate;
    private final Clock clock;
    private final String apiKeyHint;

    /**
     * @param apiKeyHint how to fix a refused key, for the error message
     */
    public HttpTransport(RetryPolicy retry, Duration timeout, String apiKeyHint) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        this.retry = retry;
        this.timeout = timeout;
        this.clock = Clock.systemUTC();
        this.gate = new RateGate(clock);
        this.apiKeyHint = apiKeyHint;
    }

    /** A successful response. */
    public record Response(int status, String body, HttpHeaders headers, int attempts) {}

    public Response post(URI uri, Map<String, String> headers, String json)
            throws RequestFailedException, BackendConfigException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        String last = "";
        for (int attempt = 1; ; attempt++) {
            gate.awaitOpen();
            Duration wait = retry.backoff(attempt, ThreadLocalRandom.current().nextDouble());
            try {
                HttpResponse<String> r =
                        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = r.statusCode();
                if (status / 100 == 2) {
                    RateLimitHeaders.exhaustedUntil(r.headers(), clock.instant())
                            .ifPresent(gate::closeUntil);
                    return new Response(status, r.body(), r.headers(), attempt);
                }
                last = "HTTP " + status + ": " + snippet(r.body());
                checkSettings(status, uri, last);
                if (!retryable(status)) {
                    throw new RequestFailedException(last, attempt);
                }
                wait = RateLimitHeaders.retryAfter(r.headers(), clock.instant()).orElse(wait);
                if (status == 429) {
                    gate.closeUntil(clock.instant().plus(wait));
                }
            } catch (HttpTimeoutException e) {
                last = "no response within " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                last = "connection to " + uri.getHost() + ":" + uri.getPort() + " failed: " + e;
            }
            if (attempt >= retry.attempts()) {
                throw new RequestFailedException(last + " (after " + attempt + " attempts)", attempt);
            }
            Thread.sleep(wait);
        }
    }

    private void checkSettings(int status, URI uri, String detail) throws BackendConfigException {
        if (status == 401 || status == 403) {
            throw new BackendConfigException("the server refused the API key (" + detail + "); " + apiKeyHint);
        }
        if (status == 404) {
            throw new BackendConfigException(uri + " was not found (" + detail
                    + "); check --base-url (an OpenAI-compatible server usually ends in /v1) and --model");
        }
    }

    static boolean retryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private static String snippet(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return s.length() <= MAX_ERROR_CHARS ? s : s.substring(0, MAX_ERROR_CHARS) + "...";
    }
}
