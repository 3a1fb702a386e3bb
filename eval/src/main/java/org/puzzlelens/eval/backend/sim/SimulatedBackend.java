package org.puzzlelens.eval.backend.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendProvider;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Completion;
import org.puzzlelens.eval.backend.ModelRequest;
import org.puzzlelens.eval.backend.RequestFailedException;
import org.puzzlelens.eval.backend.Usage;

/** Runs a {@link SimulatedModel} in process: no server, no tokens. */
public final class SimulatedBackend implements Backend {
    private final SimulatedModel model;

    public SimulatedBackend(SimulatedModel model) {
        this.model = model;
    }

    @Override
    public List<Completion> complete(ModelRequest request) throws RequestFailedException {
        if (request.item().state() == null) {
            throw new RequestFailedException(
                    request.item().where() + ": a simulated model needs the puzzle state, "
                            + "which this record does not give",
                    1);
        }
        List<Completion> out = new ArrayList<>();
        for (int sample : request.samples()) {
            out.add(new Completion(model.respond(request.item(), request.condition(), sample), Usage.NONE, 1));
        }
        return out;
    }

    /** {@code --backend oracle}: never wrong. */
    public static final class Oracle implements BackendProvider {
        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public String summary() {
            return "simulated: solves from the true state, transcribes it exactly (validation)";
        }

        @Override
        public Backend create(BackendSettings settings) throws BackendConfigException {
            settings.allowOptions(name(), Set.of());
            return new SimulatedBackend(new SimulatedModel(0, 0, 0));
        }
    }

    /** {@code --backend noisy}: configured perception and reasoning error rates. */
    public static final class Noisy implements BackendProvider {
        @Override
        public String name() {
            return "noisy";
        }

        @Override
        public String summary() {
            return "simulated: options perception=RATE (a fact misread), reasoning=RATE (a wrong option), seed=N";
        }

        @Override
        public Backend create(BackendSettings settings) throws BackendConfigException {
            settings.allowOptions(name(), Set.of("perception", "reasoning", "seed"));
            return new SimulatedBackend(new SimulatedModel(
                    settings.rateOption("perception"),
                    settings.rateOption("reasoning"),
                    settings.longOption("seed", 1)));
        }
    }
}
