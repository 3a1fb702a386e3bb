package org.puzzlelens.cli;

import java.util.stream.Collectors;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "types",
        mixinStandardHelpOptions = true,
        description = "List the puzzle types: suite, feature tags, and difficulty parameters under a preset.")
final class TypesCommand implements Runnable {
    @Option(
            names = "--preset",
            converter = SuiteOptions.PresetConverter.class,
            description = "show parameter ranges under this preset (easy, algopuzzlevqa, hard). Default: algopuzzlevqa")
    Preset preset = Preset.ALGOPUZZLEVQA;

    @Option(names = "--params", description = "also list each parameter with its meaning")
    boolean params;

    @Override
    public void run() {
        MarkdownTable table =
                new MarkdownTable("type", "suite", "visual", "algorithmic/concept", "parameters (" + preset.id() + ")");
        for (PuzzleType<?> t : Registry.get().all()) {
            TypeInfo info = t.info();
            table.row(
                    info.name(),
                    info.suite().title() + (info.inDomain() ? "" : " (OOD)"),
                    tags(info, Tag.Kind.VISUAL),
                    info.inDomain() ? tags(info, Tag.Kind.ALGORITHMIC) : tags(info, Tag.Kind.CONCEPT),
                    info.params().stream()
                            .map(p -> p.name() + "=" + p.rangeText(preset))
                            .collect(Collectors.joining(" ")));
        }
        System.out.print(table);
        System.out.println(Registry.get().all().size() + " types");
        if (params) {
            for (PuzzleType<?> t : Registry.get().all()) {
                System.out.println("\n" + t.info().name() + ": " + t.info().summary());
                for (Param p : t.info().params()) {
                    System.out.printf(
                            "  %-16s %s (easy %s, algopuzzlevqa %s, hard %s; legal: %s)%n",
                            p.name(),
                            p.meaning(),
                            p.rangeText(Preset.EASY),
                            p.rangeText(Preset.ALGOPUZZLEVQA),
                            p.rangeText(Preset.HARD),
                            p.legalText());
                }
                t.info().rules().forEach(rule -> System.out.println("  rule: " + rule.text()));
            }
        }
    }

    private static String tags(TypeInfo info, Tag.Kind kind) {
        return info.tags(kind).stream().map(Tag::name).collect(Collectors.joining(" "));
    }
}
