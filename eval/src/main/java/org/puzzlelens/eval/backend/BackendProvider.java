package org.puzzlelens.eval.backend;

/**
 * Makes backends of one kind; listed in {@code META-INF/services/org.puzzlelens.eval.backend.BackendProvider},
 * so a new backend (such as the trained model) joins without changes here.
 */
public interface BackendProvider {
    /** The name chosen with {@code --backend}. */
    String name();

    /** One line for {@code --help} and error messages. */
    String summary();

    /**
     * @throws BackendConfigException when the settings do not make a usable backend (missing key,
     *     bad option)
     */
    Backend create(BackendSettings settings) throws BackendConfigException;
}
