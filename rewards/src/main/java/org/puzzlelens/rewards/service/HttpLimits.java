package org.puzzlelens.rewards.service;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits that keep slow or hostile clients from holding the service's connections: how long a
 * request (headers and body) may take to arrive, how long a response may take to be taken, how long
 * a connection may sit idle, how many connections may be open, and how many and how large the
 * request headers may be.
 *
 * <p>The JDK's HTTP server reads these from system properties once, when the first server of the
 * JVM starts, so they hold for every server of the process. {@link #apply} sets each property the
 * user has not set (a {@code -Dsun.net.httpserver...} on the command line wins) and must run before
 * the first {@code HttpServer} is created; {@link RewardServer#start} does.
 *
 * @param requestTime a connection that has begun a request and not delivered all of it (headers and
 *     body) within this time is closed: a slowloris client holds a connection this long at most
 * @param responseTime a connection whose client has not taken the whole response within this time is closed
 * @param idle a keep-alive connection with no new request (or a new one with no first byte) this long is closed
 * @param maxConnections connections beyond this many are closed on accept; lowered to half the
 *     process's file descriptor limit when that is smaller, so the service never runs out of them
 * @param maxHeaders requests with more header lines get 400
 * @param maxHeaderBytes requests whose headers are larger get 400
 */
public record HttpLimits(
        Duration requestTime,
        Duration responseTime,
        Duration idle,
        int maxConnections,
        int maxHeaders,
        int maxHeaderBytes) {
    /** 30 s carries the 64 MB body limit at 2 MB/s; a batch of a few thousand completions needs well under a second. */
    public static final HttpLimits DEFAULT =
            new HttpLimits(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(30), 4096, 64, 64 * 1024);

    public HttpLimits {
        if (requestTime.toSeconds() < 1 || responseTime.toSeconds() < 1 || idle.toSeconds() < 1) {
            throw new IllegalArgumentException(
                    "HTTP time limits must be at least 1 s (the JDK server counts whole seconds)");
        }
        if (maxConnections < 1 || maxHeaders < 1 || maxHeaderBytes < 1) {
            throw new IllegalArgumentException("HTTP size limits must be positive");
        }
    }

    /** The JDK server's property for each limit, with its value in the unit the server reads. */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sun.net.httpserver.maxReqTime", String.valueOf(requestTime.toSeconds()));
        p.put("sun.net.httpserver.maxRspTime", String.valueOf(responseTime.toSeconds()));
        p.put("sun.net.httpserver.idleInterval", String.valueOf(idle.toSeconds()));
        // how often idle connections are looked for: every 10 s by default, which lets them outlive the idle limit
        p.put("sun.net.httpserver.clockTick", "1000");
        p.put("jdk.httpserver.maxConnections", String.valueOf(Math.min(maxConnections, fileDescriptorBudget())));
        p.put("sun.net.httpserver.maxReqHeaders", String.valueOf(maxHeaders));
        p.put("sun.net.httpserver.maxReqHeaderSize", String.valueOf(maxHeaderBytes));
        // without this a response waits for the client's delayed ACK: tens of ms on small answers
        p.put("sun.net.httpserver.nodelay", "true");
        return p;
    }

    /** Sets every limit's property that is not set yet; returns the values in force afterwards. */
    public Map<String, String> apply() {
        Map<String, String> inForce = new LinkedHashMap<>();
        properties().forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
            inForce.put(key, System.getProperty(key));
        });
        return inForce;
    }

    /** Half the process's file descriptor limit, leaving the rest to files, the JDK and the listener. */
    private static int fileDescriptorBudget() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return (int) Math.max(16, Math.min(Integer.MAX_VALUE, unix.getMaxFileDescriptorCount() / 2));
        }
        return Integer.MAX_VALUE;
    }
}
