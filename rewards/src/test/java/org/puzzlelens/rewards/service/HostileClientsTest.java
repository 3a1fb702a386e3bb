package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that never finish: slow headers (slowloris), silent connections, header floods. The
 * service must cut them off and keep answering everyone else. The rewards module's tests run with a
 * request time of 3 s (its pom), so waiting for a cut-off takes seconds; the generous socket
 * timeouts below only bound a failing run.
 */
class HostileClientsTest {
    private static final int SLOW_CLIENTS = 1000;

    private ServiceFixture service;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        service = new ServiceFixture();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket s : sockets) {
            s.close();
        }
        service.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket("127.0.0.1", service.server.port());
        s.setSoTimeout(60_000);
        sockets.add(s);
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads until the server closes the connection; returns what it sent (empty when it sent nothing). */
    private static String readUntilClosed(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for more than a minute", e);
        } catch (IOException reset) {
            return ""; // a reset is a close as well
        }
    }

    private HttpResponse<String> health() throws Exception {
        return service.send(HttpRequest.newBuilder(service.uri("/health")).GET());
    }

    @Test
    void healthAnswersWhileAThousandClientsTrickleTheirHeaders() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            write(connect(), "POST /v1/rewards HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        }
        for (int probe = 0; probe < 20; probe++) {
            HttpResponse<String> r = health();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"status\"");
        }
    }

    @Test
    void aRequestWhoseHeadersNeverEndIsCutOff() throws Exception {
        Socket slow = connect();
        write(slow, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        assertThat(readUntilClosed(slow)).isEmpty();
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatNeverArrivesIsCutOff() throws Exception {
        Socket slow = connect();
        write(
                slow,
                "POST /v1/rewards HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ServiceFixture.TOKEN
                        + "\r\nContent-Length: 1000\r\n\r\n{\"items\": [");
        assertThat(readUntilClosed(slow)).doesNotContain("200 OK");
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws Exception {
        assertThat(readUntilClosed(connect())).isEmpty();
    }

    @Test
    void aFloodOfHeaderLinesIsRefused() throws Exception {
        Socket flood = connect();
        StringBuilder request = new StringBuilder("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 2 * HttpLimits.DEFAULT.maxHeaders(); i++) {
            request.append("X-Flood-").append(i).append(": x\r\n");
        }
        write(flood, request.append("\r\n").toString());
        // the JDK server drops such a request without an answer: closed, and never served
        assertThat(readUntilClosed(flood)).doesNotContain("200 OK");
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void limitsTheUserSetAreKept() {
        String key = "sun.net.httpserver.maxReqTime";
        Map<String, String> inForce = HttpLimits.DEFAULT.apply();
        assertThat(inForce.get(key)).isEqualTo(System.getProperty(key)).isEqualTo("3"); // from the pom, not 30
        assertThat(Integer.parseInt(inForce.get("jdk.httpserver.maxConnections")))
                .isBetween(16, 4096);
    }

    @Test
    void limitsAreChecked() {
        Assertions.assertThatThrownBy(() ->
                        new HttpLimits(Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1, 1))
                .hasMessageContaining("at least 1 s");
        Assertions.assertThatThrownBy(() ->
                        new HttpLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1, 1))
                .hasMessageContaining("positive");
    }
}
