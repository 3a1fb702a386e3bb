package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.io.Json;

/**
 * One route: checks the method, the bearer token and the body, runs the action, and turns every
 * refusal into a JSON error with a 4xx status. Only a fault of the service itself is a 500.
 */
final class Endpoint implements HttpHandler {
    /** What a route does with a request body: its bytes, checked as UTF-8 ({@link RequestBody}), null for GET. */
    @FunctionalInterface
    interface Action {
        Answer handle(byte[] body);

        /** A route that reads the body as a JSON object. */
        static Action ofTree(Function<JsonNode, Answer> route) {
            return body -> route.apply(RequestBody.tree(body));
        }
    }

    /** The method of a route that answers every method alike. */
    static final String ANY = "*";

    private final String method;
    private final boolean authenticated;
    private final Action action;
    private final Gate gate;

    Endpoint(String method, boolean authenticated, Action action, Gate gate) {
        this.method = method;
        this.authenticated = authenticated;
        this.action = action;
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!gate.enter()) {
            send(exchange, error(new ApiError(503, "the service is shutting down")), true);
            return;
        }
        int bodyRoom = 0; // held from before the body is read until the answer is sent
        try {
            admit(exchange);
            byte[] body = null;
            if (method.equals("POST")) {
                long declared = declared(exchange.getRequestHeaders().getFirst("Content-Length"));
                bodyRoom = gate.reserveBody(declared);
                body = RequestBody.read(exchange.getRequestBody(), declared, gate.maxBodyBytes());
            }
            send(exchange, 200, act(body), false);
        } catch (ApiError e) {
            if (e.retryAfterSeconds() > 0) {
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(e.retryAfterSeconds()));
            }
            send(exchange, error(e), true);
        } catch (RuntimeException e) {
            System.err.println("reward service: internal error on " + exchange.getRequestURI() + ": " + e);
            e.printStackTrace();
            send(
                    exchange,
                    error(new ApiError(500, "internal error: " + e.getClass().getSimpleName())),
                    true);
        } finally {
            gate.releaseBody(bodyRoom);
            gate.leave();
        }
    }

    /** The method and the bearer token. */
    private void admit(HttpExchange exchange) {
        if (!method.equals(ANY) && !exchange.getRequestMethod().equalsIgnoreCase(method)) {
            exchange.getResponseHeaders().set("Allow", method);
            throw new ApiError(405, exchange.getRequestMethod() + " is not allowed here; use " + method);
        }
        if (authenticated) {
            authenticate(exchange);
        }
    }

    /** Runs the action and writes its answer, where scoring happens too, so that bad input found there is a 400 as well. */
    private ByteArrayOutputStream act(byte[] body) {
        try {
            return render(action.handle(body));
        } catch (MalformedRecordException | IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    /**
     * The bearer header, or for clients that cannot send headers (OpenRLHF's remote reward client)
     * the token as the URL's {@code token} query parameter.
     */
    private void authenticate(HttpExchange exchange) {
        if (gate.token().isEmpty()) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String given;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = header.substring(7).strip();
        } else {
            given = UrlToken.of(exchange.getRequestURI()).orElseThrow(() -> {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                return new ApiError(
                        401,
                        "missing 'Authorization: Bearer <token>' (or '?token=<token>' in the URL for "
                                + "clients that cannot send headers); the token is in the service's token file");
            });
        }
        if (!gate.isToken(given)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiError(401, "wrong bearer token");
        }
    }

    private static long declared(String length) {
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Content-Length is not a number");
        }
    }

    private static ErrorResponse error(ApiError e) {
        ObjectNode o = Json.object();
        ObjectNode err = o.putObject("error");
        err.put("status", e.status());
        err.put("code", e.code());
        err.put("message", e.getMessage());
        return new ErrorResponse(e.status(), render(Answer.of(o)));
    }

    private record ErrorResponse(int status, ByteArrayOutputStream json) {}

    /** The answer's JSON as UTF-8, in a buffer that hands its bytes to the response without another copy. */
    static ByteArrayOutputStream render(Answer answer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = ServiceJson.MAPPER.createGenerator(bytes)) {
            answer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON into memory failed", e);
        }
        return bytes;
    }

    private static void send(HttpExchange exchange, ErrorResponse e, boolean close) throws IOException {
        send(exchange, e.status(), e.json(), close);
    }

    /** Errors close the connection: the request body may be left unread. */
    private static void send(HttpExchange exchange, int status, ByteArrayOutputStream json, boolean close)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (close) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, json.size());
            json.writeTo(out);
        } finally {
            exchange.close();
        }
    }
}
