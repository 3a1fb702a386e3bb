package org.puzzlelens.puzzles.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 spoken over a plain socket, for the requests no well-behaved client library would send
 * (torn headers, conflicting lengths, bodies that never come). Replies are read as ISO-8859-1 text.
 */
public final class RawHttp {
    /** Bounds only a failing run: every server under test answers or closes within seconds. */
    private static final int READ_TIMEOUT_MS = 60_000;

    private RawHttp() {}

    public static Socket connect(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(READ_TIMEOUT_MS);
        return s;
    }

    public static void write(Socket s, byte[] bytes) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** Reads until the server closes the connection; returns what it sent (empty when it sent nothing). */
    public static String readUntilClosed(Socket s) throws IOException {
        try {
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for more than a minute", e);
        } catch (IOException reset) {
            return ""; // a reset is a close as well
        }
    }

    /** Sends one request on a fresh connection, says nothing more, and returns all the server sends back. */
    public static String exchange(int port, byte[] request) throws IOException {
        try (Socket s = connect(port)) {
            write(s, request);
            s.shutdownOutput();
            return readUntilClosed(s);
        }
    }

    /** The status code of a raw reply, or 0 when the server closed without answering. */
    public static int status(String reply) {
        if (!reply.startsWith("HTTP/")) {
            return 0;
        }
        int space = reply.indexOf(' ');
        return Integer.parseInt(reply.substring(space + 1, space + 4));
    }

    /** The body of a raw reply (after the blank line), or empty. */
    public static String body(String reply) {
        int end = reply.indexOf("\r\n\r\n");
        return end < 0 ? "" : reply.substring(end + 4);
    }
}
