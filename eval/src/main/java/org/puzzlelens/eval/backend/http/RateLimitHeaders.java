package org.puzzlelens.eval.backend.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the waits servers ask for: Retry-After, and the OpenAI and Anthropic rate-limit headers. */
final class RateLimitHeaders {
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private RateLimitHeaders() {}

    /**
     * The wait a response asks for: {@code retry-after-ms} (OpenAI, milliseconds), else {@code
     * retry-after} in seconds (fractions accepted) or as an HTTP date.
     */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Optional.of(
                        Duration.ofNanos((long) (Double.parseDouble(ms.get().trim()) * 1e6)));
            } catch (NumberFormatException e) {
                // fall through to retry-after
            }
        }
        return headers.firstValue("retry-after").flatMap(v -> seconds(v, now));
    }

    private static Optional<Duration> seconds(String value, Instant now) {
        String v = value.trim();
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(Duration.between(now, at).isNegative() ? Duration.ZERO : Duration.between(now, at));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /**
     * When a successful response says a limit is used up, the instant it resets. Anthropic: {@code
     * anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-remaining} = 0 with the
     * matching {@code -reset} as an RFC 3339 time. OpenAI: {@code x-ratelimit-remaining-{requests,tokens}}
     * = 0 with {@code x-ratelimit-reset-...} as a duration such as {@code 1s} or {@code 6m0s}.
     */
    static Optional<Instant> exhaustedUntil(HttpHeaders headers, Instant now) {
        Instant latest = null;
        for (String kind : new String[] {"requests", "tokens", "input-tokens", "output-tokens"}) {
            if (isZero(headers, "anthropic-ratelimit-" + kind + "-remaining")) {
                latest = later(
                        latest,
                        headers.firstValue("anthropic-ratelimit-" + kind + "-reset")
                                .flatMap(RateLimitHeaders::instant)
                                .orElse(null));
            }
            if (isZero(headers, "x-ratelimit-remaining-" + kind)) {
                latest = later(
                        latest,
                        headers.firstValue("x-ratelimit-reset-" + kind)
                                .flatMap(RateLimitHeaders::goDuration)
                                .map(now::plus)
                                .orElse(null));
            }
        }
        return Optional.ofNullable(latest);
    }

    private static boolean isZero(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).filter("0"::equals).isPresent();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Durations such as {@code 20ms}, {@code 1.5s}, {@code 6m0s}, {@code 1h2m}. */
    static Optional<Duration> goDuration(String text) {
        Matcher m = GO_DURATION.matcher(text.trim());
        double millis = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return Optional.empty();
            }
            double v = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "ms" -> v;
                case "s" -> v * 1000;
                case "m" -> v * 60_000;
                default -> v * 3_600_000;
            };
            end = m.end();
        }
        return end == text.trim().length() && end > 0
                ? Optional.of(Duration.ofMillis((long) millis))
                : Optional.empty();
    }
}
