package org.puzzlelens.eval.backend;

import java.util.List;

/**
 * A model that answers prompts: a server over HTTP, a simulated model, or (later) the locally trained
 * one. Implementations are found through {@link BackendProvider}. Must be safe to call from many
 * threads at once.
 */
public interface Backend extends AutoCloseable {
    /**
     * Answers one prompt with one completion per requested sample, in the order of {@link
     * ModelRequest#samples()}.
     *
     * @throws RequestFailedException when this request failed after the retries allowed; the run
     *     records it and goes on
     * @throws BackendConfigException when no request can succeed (refused key, unknown model): the run stops
     */
    List<Completion> complete(ModelRequest request)
            throws RequestFailedException, BackendConfigException, InterruptedException;

    @Override
    default void close() {}
}
