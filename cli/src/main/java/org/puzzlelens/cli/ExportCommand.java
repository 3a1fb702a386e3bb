package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.export.ExportFormat;
import org.puzzlelens.rewards.export.Exporter;
import org.puzzlelens.rewards.export.HfDatasetExport;
import org.puzzlelens.rewards.export.PromptTemplate;
import org.puzzlelens.rewards.export.SplitPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export a suite as an RL engine's dataset: verl (Parquet, images embedded), easyr1 (Parquet and "
                    + "format_prompt.jinja), openrlhf (JSON Lines, images embedded), trl (Parquet); or as a Hugging Face "
                    + "dataset folder (hf: <split>/metadata.jsonl, <split>/images/, README.md dataset card).",
            "Each row carries a label the reward service grades without the suite folder; images are copied into "
                    + "--out. See docs/REWARDS.md for the engine settings."
        })
final class ExportCommand implements Callable<Integer> {
    /** The Hugging Face dataset folder: not an engine's format, so not an {@link ExportFormat}. */
    static final String HF = "hf";

    @Option(
            names = "--format",
            required = true,
            description = "verl, easyr1, openrlhf, trl, or hf (a Hugging Face "
                    + "dataset folder with its card, which datasets.load_dataset opens)")
    String format;

    @Option(
            names = "--suite",
            required = true,
            paramLabel = "DIR",
            description = "suite folder (from `puzzlelens generate`)")
    Path suite;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "export folder")
    Path out;

    @Option(
            names = "--prompt-template",
            paramLabel = "NAME|FILE",
            description =
                    "think, describe, perception, or a file with {question}, {options}, {fact_guide}. Default: ${DEFAULT-VALUE}")
    String template = "describe";

    @Option(
            names = "--validation-fraction",
            paramLabel = "F",
            description = "share of each type's records (its last ones) written to validation.<ext>; the rest go to "
                    + "train.<ext>. Default: ${DEFAULT-VALUE}")
    double validationFraction = 0.1;

    @Option(
            names = "--split",
            paramLabel = "NAME",
            description = "write the whole suite to one file NAME.<ext> instead (e.g. a held-out suite as test)")
    String split;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (format.strip().equalsIgnoreCase(HF)) {
            Exporter.Result r = new HfDatasetExport(Registry.get())
                    .export(suite, out, PromptTemplate.resolve(template), split == null ? "train" : split);
            System.out.printf("wrote %d rows to %s (%s, prompt template %s)%n", r.rows(), r.file(), HF, template);
            return 0;
        }
        ExportFormat engine;
        SplitPlan splits;
        try {
            engine = ExportFormat.parse(format);
            splits = split != null ? SplitPlan.single(split) : SplitPlan.trainValidation(validationFraction);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Exporter.Result> results = new Exporter(Registry.get())
                .export(suite, out, engine, PromptTemplate.resolve(template), splits, new ProgressBars());
        for (Exporter.Result r : results) {
            System.out.printf(
                    "wrote %d %s rows to %s (%s, prompt template %s)%n",
                    r.rows(), r.split(), r.file(), engine.id(), template);
        }
        return 0;
    }
}
