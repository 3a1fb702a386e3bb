package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.puzzlelens.eval.report.Report;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.RunLock;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.SuiteRecords;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.grpo.CompletionReward;
import org.puzzlelens.train.grpo.GrpoOptions;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.GrpoTrainer;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.pretrain.PretrainOptions;
import org.puzzlelens.train.pretrain.Pretrainer;
import org.puzzlelens.train.rewards.TrainingRewards;
import org.puzzlelens.train.sample.SamplingOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "study",
        mixinStandardHelpOptions = true,
        description = {
            "The main job: reward designs for GRPO, measured on perception and reasoning. Generates and "
                    + "verifies an in-domain training suite and held-out in-domain and out-of-domain test suites; warm-starts "
                    + "the built-in model (cached); evaluates it under image and text; trains it with GRPO under each selected "
                    + "design from the same base and seed; evaluates each trained model the same way; writes report/report.md "
                    + "and report.html with charts (accuracy image vs text, gain over the base, in- vs out-of-domain, "
                    + "behaviour, per type and tag).",
            "Resumable: rerun the same command after a kill and it continues (suites, the cached base, GRPO from its "
                    + "checkpoint, evaluation results). The defaults took 18-21 minutes and 1.5 GB on a 2-core CPU with three designs (docs/RESULTS.md); "
                    + "--quick 1.8."
        })
final class StudyCommand implements Callable<Integer>, RecordedRun {
    static final String DIVERGED = "DIVERGED";
    static final String SAMPLED_BASE = "base-temperature-1";
    static final String SEED_SUFFIX = "-seed";
    static final double COLLAPSED_SHARE = 0.95;
    static final int COLLAPSED_STEPS = 5;
    /**
     * GRPO in the study clips symmetrically and keeps a firmer KL to the base than the library's DAPO-style
     * defaults (0.28, 0.02): from one 1,500-step base and seed, `perception` under the defaults lost 13 points in
     * domain and gave one letter to 84% of the image prompts; with these, 52% and no loss (docs/RESULTS.md).
     */
    static final double STUDY_EPS_HIGH = 0.2;

    static final double STUDY_BETA = 0.1;
    /** The reports' link to the per-sample viewer, which sits in the study folder beside both report folders. */
    static final String VIEWER_LINK = "Every completion, sample by sample (image, prompt, completion, facts): "
            + "[view.html](../" + ViewCommand.PAGE + ") (`puzzlelens view STUDY_FOLDER`).";

    @Option(names = "--out", paramLabel = "DIR", description = "study folder. Default: ${DEFAULT-VALUE}")
    Path out = Path.of("study-out");

    @Option(
            names = "--quick",
            description = "the same model with far fewer steps and test instances: a smoke run of the whole pipeline")
    boolean quick;

    @Option(
            names = "--designs",
            paramLabel = "a,b|all",
            description = "reward designs to train with, or all (the eight "
                    + "and any --reward-config adds). Default: ${DEFAULT-VALUE}")
    String designs = "vanilla,mixture,perception";

    @Option(
            names = "--seed",
            description = "seeds the suites (seed, seed+1, seed+2), the warm start and GRPO. Default: ${DEFAULT-VALUE}")
    long seed = 1;

    @Option(
            names = "--preset",
            converter = SuiteOptions.PresetConverter.class,
            description = "difficulty. Default: algopuzzlevqa")
    Preset preset = Preset.ALGOPUZZLEVQA;

    @Option(
            names = "--in-domain",
            paramLabel = "lab|algopuzzlevqa|TYPES",
            description = "what the model trains and is "
                    + "tested on in domain: lab (the lab variants, whose reasoning is one short step so that perception is the "
                    + "whole difficulty: what a CPU-sized model learns), algopuzzlevqa (the 18 released types) or a list of "
                    + "types. Out of domain is always PuzzleVQA. Default: ${DEFAULT-VALUE}")
    String inDomain = "lab";

    @Option(names = "--size", description = "model size: lab, small, mini or tiny. Default: lab")
    String size;

    @Option(names = "--pretrain-steps", description = "warm-start steps. Default: 2500 (150 with --quick)")
    Integer pretrainSteps;

    @Option(names = "--grpo-steps", description = "GRPO steps per design. Default: 24 (4 with --quick)")
    Integer grpoSteps;

    @Option(
            names = "--test-per-type",
            description = "held-out in-domain test instances per type. Default: 100 (10 with --quick)")
    Integer idPerType;

    @Option(
            names = "--ood-per-type",
            description = "out-of-domain test instances per type (0: none). Default: 5 (1 with --quick)")
    Integer oodPerType;

    @Option(
            names = "--seeds",
            description = "GRPO runs per design, from the same base with seeds seed, seed+1, ...: the "
                    + "report gives each design's mean and spread over them. Default: ${DEFAULT-VALUE}")
    int seeds = 1;

    @Option(names = "--vocab-size", description = "tokenizer vocabulary. Default: 512")
    Integer vocabSize;

    @Option(names = "--pretrain-batch", description = "examples per warm-start step. Default: 16")
    Integer pretrainBatch;

    @Option(names = "--max-sequence", description = "model positions, prompt plus completion. Default: 320")
    Integer maxSequence;

    @Option(names = "--group-size", description = "GRPO completions per prompt. Default: 8 (4 with --quick)")
    Integer groupSize;

    @Option(names = "--prompts-per-step", description = "GRPO prompts per step. Default: 4 (2 with --quick)")
    Integer promptsPerStep;

    @Option(names = "--grpo-max-tokens", description = "completion limit while training. Default: 112")
    Integer grpoMaxTokens;

    @Option(
            names = "--micro-batch",
            paramLabel = "ROWS",
            description = "rows per forward and backward pass of a GRPO update, 0 for the whole batch: less memory, "
                    + "the same gradient up to rounding. Default: " + StudyPlan.MICRO_BATCH)
    Integer microBatch;

    @Option(names = "--eval-max-tokens", description = "completion limit while evaluating. Default: 128")
    Integer evalMaxTokens;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "YAML or JSON file of option values named as the flags "
                    + "(`--print-config` writes one); flags given on the command line win")
    Path config;

    @Option(
            names = "--print-config",
            description = "print the resolved configuration (YAML, each value with its meaning) and exit")
    boolean printConfig;

    @Option(
            names = "--force",
            description =
                    "rerun into a folder made with another configuration: its suites, GRPO runs, "
                            + "evaluations and reports are deleted and redone (the cached base is kept: it is keyed by its configuration)")
    boolean force;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "where warm-started bases are cached. Default: ${DEFAULT-VALUE}")
    Path cache = Path.of(".puzzlelens-cache");

    @Option(names = "--threads", description = "suite generation threads. Default: ${DEFAULT-VALUE}")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Mixin
    RewardSourceOptions rewards = new RewardSourceOptions();

    /** The options that only say where and how fast: a rerun may change them without making anything stale. */
    private static final Set<String> NOT_CONFIGURATION =
            Set.of("out", "cache", "threads", "config", "print-config", "force");

    @Override
    public Path runRecord() {
        return printConfig ? null : out.resolve(RunJson.FILE);
    }

    @Override
    public Set<String> notConfiguration() {
        return NOT_CONFIGURATION;
    }

    @Override
    public boolean refusesChangedConfiguration() {
        return !force;
    }

    @Override
    public Path configFile() {
        return config;
    }

    /** Every option's value with the plan resolved: what {@code --print-config} prints and run.json records. */
    @Override
    public Map<String, Object> configuration(CommandLine self) {
        Map<String, Object> c = RecordedRun.super.configuration(self);
        StudyPlan p = plan();
        c.putAll(Map.ofEntries(
                Map.entry("preset", preset.id()),
                Map.entry("size", p.size()),
                Map.entry("vocab-size", p.vocabSize()),
                Map.entry("pretrain-steps", p.pretrainSteps()),
                Map.entry("pretrain-batch", p.pretrainBatch()),
                Map.entry("max-sequence", p.maxSequence()),
                Map.entry("grpo-steps", p.grpoSteps()),
                Map.entry("group-size", p.groupSize()),
                Map.entry("prompts-per-step", p.promptsPerStep()),
                Map.entry("grpo-max-tokens", p.grpoMaxTokens()),
                Map.entry("micro-batch", p.microBatch()),
                Map.entry("test-per-type", p.idPerType()),
                Map.entry("ood-per-type", p.oodPerType()),
                Map.entry("eval-max-tokens", p.evalMaxTokens())));
        return c;
    }

    StudyPlan plan() {
        return (quick ? StudyPlan.quick() : StudyPlan.standard())
                .toBuilder()
                        .size(size)
                        .vocabSize(vocabSize)
                        .pretrainSteps(pretrainSteps)
                        .pretrainBatch(pretrainBatch)
                        .maxSequence(maxSequence)
                        .grpoSteps(grpoSteps)
                        .groupSize(groupSize)
                        .promptsPerStep(promptsPerStep)
                        .grpoMaxTokens(grpoMaxTokens)
                        .microBatch(microBatch)
                        .idPerType(idPerType)
                        .oodPerType(oodPerType)
                        .evalMaxTokens(evalMaxTokens)
                        .build();
    }

    @Override
    public Integer call() throws Exception {
        if (printConfig) {
            System.out.print(ConfigFile.yaml(configuration(spec.commandLine()), spec, NOT_CONFIGURATION));
            return 0;
        }
        try (RunLock lock = RunLock.folder(out)) { // one study per folder: a second would rewrite the same files
            removeStaleParts();
            return study();
        }
    }

    private Integer study() throws Exception {
        long started = System.nanoTime();
        if (seeds < 1) {
            throw new ParameterException(spec.commandLine(), "--seeds must be >= 1, got " + seeds);
        }
        StudyPlan plan = plan();
        TrainingRewards source = rewards.source();
        List<String> chosen =
                source.designs().select(designs).stream().map(d -> d.name()).toList();
        List<CompletionReward> rewardsByDesign = new ArrayList<>();
        for (String d : chosen) {
            rewardsByDesign.add(source.reward(d));
        }
        PretrainOptions pretrain = pretrainOptions(plan);
        int imageSize =
                PretrainOptions.config(plan.vocabSize(), plan.size()).vision().imageSize();
        ProgressBars progress = new ProgressBars();
        System.out.printf(
                Locale.ROOT,
                "study %s: model %s, designs %s, seed %d%n",
                out,
                plan.size(),
                String.join(",", chosen),
                seed);

        step(1, "suites");
        StudySuites suites = new StudySuites(
                out.resolve("suites"), Registry.get().select(inDomain), seed, preset, Math.max(64, imageSize), threads);
        List<String> verification = suites.generateAndVerify(plan, progress);
        System.out.println(verification.getFirst());

        step(2, "warm start (cached by configuration hash under " + cache + ")");
        Path base = new Pretrainer(pretrain).baseModel(cache, progress);
        System.out.println("base model " + base);

        TrainTestOverlap overlap = TrainTestOverlap.of(pretrain, grpoOptions(plan, base, chosen.getFirst(), seed));
        StudyEvaluation evaluation = new StudyEvaluation(
                out.resolve("eval"), suites.tests(plan), plan.evalMaxTokens(), overlap, plan.idPerType());
        String overlapLine = overlap.line(evaluation.tests());
        System.out.println(overlapLine);
        step(3, "evaluate the base (image, text)");
        List<Path> results = new ArrayList<>(List.of(evaluation.run("base", base, progress)));
        // the base sampled as GRPO samples it: how often it already completes the study's format
        Path sampledBase = evaluation.run(SAMPLED_BASE, base, progress, List.of(Condition.IMAGE), 1.0);
        List<String> labels = new ArrayList<>(List.of("base"));
        List<String> diverged = new ArrayList<>();

        int runsToTrain = chosen.size() * seeds;
        for (int i = 0; i < runsToTrain; i++) {
            String design = chosen.get(i / seeds);
            int replicate = i % seeds;
            // replicate 0 keeps the design's name, so a one-seed study reads as before
            String label = replicate == 0 ? design : design + SEED_SUFFIX + replicate;
            step(4 + 2 * i, "GRPO under " + label + " (" + (i + 1) + "/" + runsToTrain + ")");
            Path model = grpo(plan, base, label, seed + replicate, rewardsByDesign.get(i / seeds), progress);
            if (model == null) {
                diverged.add(label + ": "
                        + Files.readString(out.resolve("grpo").resolve(label).resolve(DIVERGED))
                                .strip() + "; not evaluated");
                continue;
            }
            step(5 + 2 * i, "evaluate " + label);
            results.add(evaluation.run(label, model, progress));
            labels.add(label);
        }

        step(4 + 2 * runsToTrain, "report");
        Map<String, RewardTarget> targets = targets(suites.tests(plan));
        List<StudyRun> runs = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            runs.add(StudyRun.load(labels.get(i), results.get(i), targets));
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        List<String> preface = new ArrayList<>(List.of(
                String.format(
                        Locale.ROOT,
                        "Seed %d, preset %s, model %s (warm start %d steps, base %s), GRPO %d steps x %d "
                                + "prompts x %d completions per design; test: %d in-domain and %d out-of-domain instances per type. "
                                + "This run took %.1f minutes (a resumed run counts only its own time).",
                        seed,
                        preset.id(),
                        plan.size(),
                        plan.pretrainSteps(),
                        base.getFileName(),
                        plan.grpoSteps(),
                        plan.promptsPerStep(),
                        plan.groupSize(),
                        plan.idPerType(),
                        plan.oodPerType(),
                        minutes),
                verification.getFirst(),
                overlapLine));
        preface.addAll(diverged);
        preface.add(VIEWER_LINK);
        StudyFindings findings =
                new StudyFindings(runs, StudyRun.load(SAMPLED_BASE, sampledBase, targets), plan.oodPerType() > 0);
        findings.writeJson(out.resolve("report"));
        List<String> sentences = findings.sentences();
        List<Path> written = new StudyReport(runs, plan.oodPerType() > 0)
                .write(out.resolve("report"), sentences, preface, out.resolve("grpo"));
        List<RunData> evaluated = RunData.load(results);
        Report.write(
                Report.build(evaluated, Registry.get(), "PuzzleLens study: evaluation", List.of(VIEWER_LINK)),
                out.resolve("eval-report"));
        Path viewer = ViewCommand.writeForStudy(out);
        System.out.print(SummaryTable.of(evaluated));
        System.out.println();
        sentences.forEach(line -> System.out.println("- " + line));
        System.out.printf(
                Locale.ROOT,
                "wrote %s and %s (evaluation report: %s; every sample: %s); %.1f minutes%n",
                written.get(0),
                written.get(1),
                out.resolve("eval-report"),
                viewer,
                minutes);
        return 0;
    }

    private PretrainOptions pretrainOptions(StudyPlan plan) {
        List<String> types = Registry.get().select(inDomain).stream()
                .map((PuzzleType<?> t) -> t.info().name())
                .toList();
        return new PretrainOptions(
                types,
                preset,
                seed,
                plan.pretrainSteps(),
                plan.pretrainBatch(),
                0.5,
                plan.vocabSize(),
                200,
                plan.size(),
                plan.maxSequence(),
                OptimizerSettings.of(1e-3, 20, 0.01, 1.0).withCosineDecay(plan.pretrainSteps()));
    }

    private GrpoOptions grpoOptions(StudyPlan plan, Path base, String design, long grpoSeed) {
        List<String> types = Registry.get().select(inDomain).stream()
                .map((PuzzleType<?> t) -> t.info().name())
                .toList();
        return new GrpoOptions(
                base.toAbsolutePath().toString(),
                design,
                types,
                preset,
                grpoSeed,
                Condition.IMAGE,
                plan.grpoSteps(),
                Math.max(1, plan.grpoSteps() / 3),
                new GrpoSettings(
                        plan.groupSize(),
                        plan.promptsPerStep(),
                        GrpoSettings.DEFAULTS.innerUpdates(),
                        GrpoSettings.DEFAULTS.epsLow(),
                        STUDY_EPS_HIGH,
                        STUDY_BETA,
                        GrpoSettings.DEFAULTS.scaleByStd(),
                        GrpoSettings.DEFAULTS.aggregation(),
                        plan.microBatch()),
                OptimizerSettings.of(2e-4, 2, 0.01, 1.0),
                new SamplingOptions(1.0, 1.0, plan.grpoMaxTokens(), true));
    }

    /**
     * Trains one design from the base, or continues its run after a kill; returns the trained model,
     * or null when the run diverged (a metric became NaN), which {@link #DIVERGED} then records.
     */
    private Path grpo(
            StudyPlan plan, Path base, String label, long grpoSeed, CompletionReward reward, ProgressBars progress)
            throws Exception {
        String design = reward.name();
        Path dir = out.resolve("grpo").resolve(label);
        if (Files.exists(dir.resolve(DIVERGED))) {
            return null;
        }
        if (Checkpoint.exists(dir.resolve("model"))) {
            return dir.resolve("model");
        }
        GrpoOptions options = grpoOptions(plan, base, design, grpoSeed);
        boolean resuming = Files.exists(dir.resolve(GrpoTrainer.SETTINGS));
        try (GrpoTrainer trainer = resuming
                ? GrpoTrainer.resume(dir, reward, plan.grpoSteps())
                : GrpoTrainer.start(options, dir, reward)) {
            int[] collapsedSteps = {0};
            return trainer.run(progress, (step, metrics) -> {
                if (metrics.values().stream().anyMatch(v -> v.isNaN())) {
                    throw new Diverged("diverged at GRPO step " + step + " (NaN in "
                            + metrics.entrySet().stream()
                                    .filter(e -> e.getValue().isNaN())
                                    .map(Map.Entry::getKey)
                                    .toList()
                            + ")");
                }
                // a policy that gives one letter to (nearly) every rollout for several steps has collapsed:
                // its advantages are zero and further steps would only measure the collapse
                collapsedSteps[0] =
                        metrics.getOrDefault("top_letter_share", 0.0) >= COLLAPSED_SHARE ? collapsedSteps[0] + 1 : 0;
                if (collapsedSteps[0] >= COLLAPSED_STEPS) {
                    throw new Diverged("collapsed at GRPO step " + step + ": one answer letter in at least "
                            + Math.round(100 * COLLAPSED_SHARE) + "% of the rollouts for " + COLLAPSED_STEPS
                            + " steps");
                }
            });
        } catch (Diverged e) {
            System.out.println(label + ": " + e.getMessage() + "; left out of the evaluation");
            Files.writeString(dir.resolve(DIVERGED), e.getMessage() + "\n");
            return null;
        }
    }

    /** Stops a GRPO run whose policy has become NaN or collapsed onto one letter: evaluating it would measure nothing. */
    private static final class Diverged extends RuntimeException {
        Diverged(String message) {
            super(message);
        }
    }

    private static Map<String, RewardTarget> targets(List<Path> suites) throws IOException {
        Map<String, RewardTarget> out = new HashMap<>();
        for (Path suite : suites) {
            for (DatasetRecord r : SuiteRecords.read(suite)) {
                RewardTarget t = RewardTargets.of(r, Registry.get());
                out.put(t.id(), t);
            }
        }
        return out;
    }

    private static void step(int n, String what) {
        System.out.printf("[%d] %s%n", n, what);
        RunJson.current().ifPresent(run -> run.phase(what));
    }

    /** With --force and another configuration than the folder's: what the study made there is stale; delete it. */
    private void removeStaleParts() throws IOException {
        List<String> changed = RunJson.current().map(RunJson::configDifferences).orElse(List.of());
        if (changed.isEmpty()) {
            return;
        }
        System.out.println("--force: the configuration changed (" + String.join("; ", changed) + "); redoing " + out);
        for (String part : List.of("suites", "eval", "grpo", "report", "eval-report", ViewCommand.PAGE)) {
            Path p = out.resolve(part);
            if (Files.exists(p)) {
                try (var walk = Files.walk(p)) {
                    for (Path f :
                            walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }
}
