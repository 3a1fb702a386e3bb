package org.puzzlelens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.render.Images;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Print one instance (question, options, answer, description, facts, trace) and write its image.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", description = "puzzle type (see `puzzlelens types`)")
    String type;

    @Option(names = "--seed", description = "Default: ${DEFAULT-VALUE}")
    long seed = 42;

    @Option(names = "--index", description = "Default: ${DEFAULT-VALUE}")
    int index = 0;

    @Option(names = "--preset", converter = SuiteOptions.PresetConverter.class, description = "Default: algopuzzlevqa")
    Preset preset = Preset.ALGOPUZZLEVQA;

    @Option(names = "--image-size", paramLabel = "PX", description = "Default: ${DEFAULT-VALUE}")
    int imageSize = Images.DEFAULT_SIZE;

    @Option(
            names = "--out",
            paramLabel = "FILE.png",
            description = "image file. Default: <id>.png in the current folder")
    Path out;

    @Option(names = "--facts", description = "also print the state as facts (key = value lines)")
    boolean facts;

    @Override
    public Integer call() throws Exception {
        Images.checkSize(imageSize);
        PuzzleInstance inst = Instances.create(Registry.get().type(type), seed, index, preset);
        Path image = out != null ? out : Path.of(inst.id() + ".png");
        Files.write(image, Images.png(Images.render(inst.type(), inst.state(), imageSize)));
        StringBuilder s = new StringBuilder();
        s.append("# ")
                .append(inst.id())
                .append("  (")
                .append(inst.parameters().values())
                .append(")\n\n");
        s.append("Question: ").append(inst.question()).append("\n\nOptions:\n");
        for (int i = 0; i < inst.options().size(); i++) {
            s.append('(')
                    .append((char) ('A' + i))
                    .append(") ")
                    .append(inst.options().get(i))
                    .append('\n');
        }
        s.append("\nAnswer: (")
                .append(inst.answerLetter())
                .append(") ")
                .append(inst.answer())
                .append("\n\n");
        s.append("Description: ").append(inst.description()).append("\n\n");
        if (facts) {
            s.append("Facts:\n").append(Facts.format(inst.facts())).append('\n');
        }
        s.append("Trace:\n").append(Trace.numbered(inst.trace())).append('\n');
        s.append("Image: ").append(image).append('\n');
        System.out.print(s);
        return 0;
    }
}
