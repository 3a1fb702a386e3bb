package org.puzzlelens.eval.backend.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.Completion;
import org.puzzlelens.eval.backend.ModelRequest;
import org.puzzlelens.eval.backend.RequestFailedException;

/** Helpers the HTTP backends share. */
final class Endpoints {
    private Endpoints() {}

    /** {@code base} + {@code path}, whether or not the base ends in a slash. */
    static URI resolve(URI base, String path) {
        String b = base.toString();
        return URI.create(b.endsWith("/") ? b + path : b + "/" + path);
    }

    /** Asks for each sample in its own request, for APIs that return one completion per request. */
    static List<Completion> onePerSample(Backend backend, ModelRequest request)
            throws RequestFailedException, BackendConfigException, InterruptedException {
        List<Completion> out = new ArrayList<>();
        for (Integer sample : request.samples()) {
            out.addAll(backend.complete(request.withSamples(List.of(sample))));
        }
        return out;
    }
}
