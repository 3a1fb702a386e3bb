package org.puzzlelens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.CompletionReward;
import org.puzzlelens.train.grpo.GrpoOptions;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.GrpoTrainer;
import org.puzzlelens.train.rewards.TrainingRewards;
import org.puzzlelens.train.sample.SamplingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "GRPO on the built-in model from a warm-started base (see `pretrain`). Writes metrics.jsonl, "
                    + "curves/*.png, samples.jsonl, a resumable checkpoint/ and the final model/ under --out.",
            "After a kill, rerun with --resume --out DIR: the run continues exactly where its last checkpoint was."
        })
final class TrainCommand implements Callable<Integer>, RecordedRun {
    @Option(
            names = "--design",
            required = true,
            description = "reward design: ${COMPLETION-CANDIDATES}, or one " + "that --reward-config defines",
            completionCandidates = Designs.class)
    String design;

    @Mixin
    RewardSourceOptions rewards = new RewardSourceOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "run folder")
    Path out;

    @Option(
            names = "--resume",
            description = "continue the run in --out (its saved settings are used; --steps may extend it)")
    boolean resume;

    @Option(names = "--base", paramLabel = "DIR", description = "the warm-started model folder (printed by `pretrain`)")
    Path base;

    @Option(names = "--steps", description = "GRPO steps. Default: 20")
    Integer steps;

    @Mixin
    TrainingPuzzles puzzles = new TrainingPuzzles();

    @Option(names = "--condition", description = "image or text. Default: ${DEFAULT-VALUE}")
    String condition = "image";

    @Option(names = "--group-size", description = "G, completions per prompt. Default: ${DEFAULT-VALUE}")
    int groupSize = GrpoSettings.DEFAULTS.groupSize();

    @Option(names = "--prompts", description = "prompts per step. Default: ${DEFAULT-VALUE}")
    int prompts = GrpoSettings.DEFAULTS.promptsPerStep();

    @Option(
            names = "--inner-updates",
            description = "optimiser updates per batch of rollouts. Default: ${DEFAULT-VALUE}")
    int innerUpdates = GrpoSettings.DEFAULTS.innerUpdates();

    @Option(names = "--eps-low", description = "lower clip of the ratio (1 - eps). Default: ${DEFAULT-VALUE}")
    double epsLow = GrpoSettings.DEFAULTS.epsLow();

    @Option(names = "--eps-high", description = "upper clip of the ratio (1 + eps). Default: ${DEFAULT-VALUE}")
    double epsHigh = GrpoSettings.DEFAULTS.epsHigh();

    @Option(
            names = "--beta",
            description = "KL weight to the frozen reference (0: no reference). Default: ${DEFAULT-VALUE}")
    double beta = GrpoSettings.DEFAULTS.beta();

    @Option(
            names = "--micro-batch",
            paramLabel = "ROWS",
            description = "rows per forward and backward pass of an update, 0 for the whole batch: less memory, the "
                    + "same gradient up to rounding. Default: ${DEFAULT-VALUE}")
    int microBatch = GrpoSettings.DEFAULTS.microBatch();

    @Option(
            names = "--variant",
            description = "grpo (advantages / group std) or dr-grpo (centred only, constant "
                    + "normaliser unless --aggregation says otherwise). Default: ${DEFAULT-VALUE}")
    String variant = "grpo";

    @Option(
            names = "--aggregation",
            description = "token, sequence or constant. Default: token (grpo), constant (dr-grpo)")
    String aggregation;

    @Option(names = "--temperature", description = "sampling temperature. Default: ${DEFAULT-VALUE}")
    double temperature = 1.0;

    @Option(names = "--top-p", description = "nucleus sampling. Default: ${DEFAULT-VALUE}")
    double topP = 1.0;

    @Option(names = "--max-tokens", description = "completion limit. Default: ${DEFAULT-VALUE}")
    int maxTokens = 256;

    @Option(names = "--checkpoint-every", description = "steps between checkpoints. Default: ${DEFAULT-VALUE}")
    int checkpointEvery = 5;

    @Mixin
    TrainingOptions training = new TrainingOptions(1e-4, 2);

    @Override
    public Path runRecord() {
        return out.resolve(RunJson.FILE);
    }

    @Override
    public Integer call() throws Exception {
        CompletionReward reward = rewards.source().reward(design);
        try (GrpoTrainer trainer =
                resume ? GrpoTrainer.resume(out, reward, steps) : GrpoTrainer.start(options(), out, reward)) {
            if (resume) {
                System.out.printf("resuming %s at step %d%n", out, trainer.step());
            }
            Path model = trainer.run(new ProgressBars(), (step, m) -> {});
            System.out.printf(
                    "trained model %s; metrics %s, curves %s%n",
                    model, out.resolve("metrics.jsonl"), out.resolve("curves"));
        }
        return 0;
    }

    private GrpoOptions options() {
        if (base == null) {
            throw new IllegalArgumentException(
                    "--base DIR is required for a new run (make one with `puzzlelens pretrain`)");
        }
        boolean dr = switch (variant) {
            case "grpo" -> false;
            case "dr-grpo" -> true;
            default -> throw new IllegalArgumentException("unknown variant '" + variant + "'; use grpo or dr-grpo");
        };
        Aggregation how =
                aggregation != null ? Aggregation.parse(aggregation) : dr ? Aggregation.CONSTANT : Aggregation.TOKEN;
        return new GrpoOptions(
                base.toAbsolutePath().toString(),
                design,
                puzzles.typeNames(),
                puzzles.preset,
                puzzles.seed,
                Condition.parse(condition),
                steps == null ? 20 : steps,
                checkpointEvery,
                new GrpoSettings(groupSize, prompts, innerUpdates, epsLow, epsHigh, beta, !dr, how, microBatch),
                training.settings(),
                new SamplingOptions(temperature, topP, maxTokens, true));
    }

    static final class Designs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            try {
                return TrainingRewards.inProcess().names().iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
