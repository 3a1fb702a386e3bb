package org.puzzlelens.eval.backend;

/** No request can succeed with these settings (missing or refused key, unknown model or URL): the run stops. */
public class BackendConfigException extends Exception {
    public BackendConfigException(String message) {
        super(message);
    }
}
