package org.puzzlelens.rewards.service;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The token given in a request URL as {@code ?token=...}, for clients that post to a URL and can
 * send no header. The price: a URL shows in process lists, launcher logs and proxies, so a token
 * sent this way should be rotated (delete the token file, restart) once the run is over.
 */
final class UrlToken {
    private static final String PARAMETER = "token=";

    private UrlToken() {}

    static Optional<String> of(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(PARAMETER)) {
                return Optional.of(URLDecoder.decode(pair.substring(PARAMETER.length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
