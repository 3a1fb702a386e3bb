package org.puzzlelens.train.grpo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a checkpoint adds to the model for resuming: steps done and optimiser updates made. */
public record TrainerState(long step, long optimizerUpdates) {
    public static final String FILE = "trainer-state.json";
    public static final String OPTIMIZER = "optimizer.safetensors";
    private static final ObjectMapper JSON = new ObjectMapper();

    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(this));
    }

    public static TrainerState read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE).toFile(), TrainerState.class);
    }
}
