package org.puzzlelens.eval.backend;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a backend is made from.
 *
 * @param model the model name the server knows
 * @param baseUrl the server's base URL; null for the backend's default
 * @param apiKeyEnv the environment variable holding the API key; null for the backend's default
 * @param timeout the limit for one HTTP request
 * @param retry how failed requests are retried
 * @param options backend-specific settings ({@code --backend-option KEY=VALUE})
 * @param environment reads environment variables (tests supply their own)
 */
public record BackendSettings(
        String model,
        URI baseUrl,
        String apiKeyEnv,
        Duration timeout,
        RetryPolicy retry,
        Map<String, String> options,
        Function<String, String> environment) {
    public BackendSettings {
        options = Map.copyOf(options);
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    public double rateOption(String key) throws BackendConfigException {
        String text = option(key, "0");
        try {
            double v = Double.parseDouble(text);
            if (v < 0 || v > 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BackendConfigException("--backend-option " + key + "=" + text + " must be a rate in 0..1");
        }
    }

    public long longOption(String key, long fallback) throws BackendConfigException {
        String text = options.get(key);
        try {
            return text == null ? fallback : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BackendConfigException("--backend-option " + key + "=" + text + " must be an integer");
        }
    }

    public boolean booleanOption(String key, boolean fallback) throws BackendConfigException {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default ->
                throw new BackendConfigException("--backend-option " + key + "=" + text + " must be true or false");
        };
    }

    /**
     * The API key: from {@code apiKeyEnv} when given (it must then be set), else from {@code
     * defaultEnv} when set, else null (local servers often need none).
     */
    public String apiKey(String defaultEnv, boolean required) throws BackendConfigException {
        String name = apiKeyEnv != null ? apiKeyEnv : defaultEnv;
        String key = environment.apply(name);
        if ((key == null || key.isBlank()) && (apiKeyEnv != null || required)) {
            throw new BackendConfigException("the API key is read from the environment variable " + name
                    + ", which is not set: export " + name + "=... (or name another with --api-key-env)");
        }
        return key == null || key.isBlank() ? null : key;
    }

    /** Checks that only known option keys were given, so a misspelt one is not silently ignored. */
    public void allowOptions(String backend, Set<String> known) throws BackendConfigException {
        for (String key : options.keySet()) {
            if (!known.contains(key)) {
                throw new BackendConfigException("backend " + backend + " has no option '" + key + "'"
                        + (known.isEmpty() ? "" : "; its options: " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }
}
