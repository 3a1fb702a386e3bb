package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.export.ExportFormat;
import org.puzzlelens.rewards.export.Exporter;
import org.puzzlelens.rewards.export.HfDatasetExport;
import org.puzzlelens.rewards.export.PromptTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a suite as an RL engine's dataset: verl (Parquet, images embedded), easyr1 (Parquet and "
                + "format_prompt.jinja), openrlhf (JSON Lines with image paths), trl (Parquet); or as a Hugging Face "
                + "dataset folder (hf: <split>/metadata.jsonl, <split>/images/, README.md dataset card).",
                "Each row carries a label the reward service grades without the suite folder; images are copied into "
                + "--out. See docs/REWARDS.md for the engine settings."})
final class ExportCommand implements Callable<Integer> {
    /** The Hugging Face dataset folder: not an engine's format, so not an {@link ExportFormat}. */
    static final String HF = "hf";

    @Option(names = "--format", required = true, description = "verl, easyr1, openrlhf, trl, or hf (a Hugging Face "
            + "dataset folder with its card, which datasets.load_dataset opens)")
    String format;

    @Option(names = "--suite", required = true, paramLabel = "DIR", description = "suite folder (from `puzzlelens generate`)")
    Path suite;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "export folder")
    Path out;

    @Option(names = "--prompt-template", paramLabel = "NAME|FILE",
            description = "think, describe, perception, or a file with {question}, {options}, {fact_guide}. Default: ${DEFAULT-VALUE}")
    String template = "describe";

    @Option(names = "--split", description = "split name: the file is <split>.parquet or .jsonl. Default: ${DEFAULT-VALUE}")
    String split = "train";

    @Override
    public Integer call() throws Exception {
        Exporter.Result r = format.strip().equalsIgnoreCase(HF)
                ? new HfDatasetExport(Registry.get()).export(suite, out, PromptTemplate.resolve(template), split)
                : new Exporter(Registry.get()).export(suite, out, ExportFormat.parse(format), PromptTemplate.resolve(template),
                        split, new ProgressBars());
        System.out.printf("wrote %d rows to %s (%s, prompt template %s)%n", r.rows(), r.file(), format, template);
        return 0;
    }
}
