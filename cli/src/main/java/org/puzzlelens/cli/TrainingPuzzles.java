package org.puzzlelens.cli;

import java.util.List;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import picocli.CommandLine.Option;

/** Which puzzles `pretrain` and `train` draw: types, seed and difficulty preset. */
final class TrainingPuzzles {
    @Option(
            names = "--types",
            description =
                    "puzzle types, comma-separated, or algopuzzlevqa / puzzlevqa / all. Default: ${DEFAULT-VALUE}")
    String types = "algopuzzlevqa";

    @Option(
            names = "--seed",
            description = "seeds the puzzles, the initial weights and the sampling. Default: ${DEFAULT-VALUE}")
    long seed = 1;

    @Option(
            names = "--preset",
            converter = SuiteOptions.PresetConverter.class,
            description = "difficulty. Default: algopuzzlevqa")
    Preset preset = Preset.ALGOPUZZLEVQA;

    List<String> typeNames() {
        return Registry.get().select(types).stream()
                .map((PuzzleType<?> t) -> t.info().name())
                .toList();
    }
}
