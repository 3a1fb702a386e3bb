package org.puzzlelens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code puzzlelens} command. Exit codes: 0 ok, 1 failure, 2 usage error. */
@Command(
        name = "puzzlelens",
        mixinStandardHelpOptions = true,
        version = "PuzzleLens 0.1.0",
        description = "Seeded algorithmic visual puzzles for telling perception from reasoning in multimodal models.",
        subcommands = {
            TypesCommand.class,
            GenerateCommand.class,
            ShowCommand.class,
            VerifyCommand.class,
            StudyCommand.class,
            GalleryCommand.class,
            BenchCommand.class,
            RewardsCommand.class,
            ExportCommand.class,
            EvalCommand.class,
            ReportCommand.class,
            ViewCommand.class,
            PretrainCommand.class,
            TrainCommand.class,
            ServeCommand.class,
            BenchTrainCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::failure);
        cli.setExecutionStrategy(Main::execute);
        return cli;
    }

    @CommandLine.Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "print the stack trace of a failure (also PUZZLELENS_DEBUG=1)")
    boolean verbose;

    /** Runs the command; one that makes a run folder gets its {@code run.json} written around it. */
    private static int execute(CommandLine.ParseResult parsed) {
        CommandLine leaf = parsed.asCommandLineList().getLast();
        if (!(leaf.getCommand() instanceof RecordedRun run)
                || leaf.isUsageHelpRequested()
                || leaf.isVersionHelpRequested()) {
            return new CommandLine.RunLast().execute(parsed);
        }
        RunJson journal;
        try {
            if (run.configFile() != null) {
                return withConfigFile(parsed, leaf, run.configFile());
            }
            Path record = run.runRecord();
            if (record == null) {
                return new CommandLine.RunLast().execute(parsed);
            }
            journal = RunJson.start(
                    record,
                    leaf.getCommandName(),
                    parsed.originalArgs(),
                    run.configuration(leaf),
                    run.notConfiguration(),
                    run.refusesChangedConfiguration());
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ExecutionException(leaf, e.getMessage(), e);
        }
        try {
            int code = new CommandLine.RunLast().execute(parsed);
            journal.finish(code);
            return code;
        } catch (CommandLine.ExecutionException e) {
            // the exit code failure() will give: 2 for bad input, 1 otherwise
            journal.finish(e.getCause() instanceof IllegalArgumentException ? 2 : 1);
            throw e;
        }
    }

    /**
     * Runs the command again with the file's values as flags before the command line's own (which win),
     * and without {@code --config}: what runs, and what run.json records, is the resolved command line.
     */
    private static int withConfigFile(CommandLine.ParseResult parsed, CommandLine leaf, Path file) throws IOException {
        List<String> original = parsed.originalArgs();
        int at = original.indexOf(leaf.getCommandName());
        List<String> args = new ArrayList<>(original.subList(0, at + 1));
        args.addAll(ConfigFile.args(file, leaf.getCommandSpec()));
        for (int i = at + 1; i < original.size(); i++) {
            String a = original.get(i);
            if (a.equals("--config")) {
                i++;
            } else if (!a.startsWith("--config=")) {
                args.add(a);
            }
        }
        CommandLine again = commandLine();
        again.setOverwrittenOptionsAllowed(true);
        again.setOut(leaf.getOut());
        again.setErr(leaf.getErr());
        return again.execute(args.toArray(String[]::new));
    }

    /** Every option's value, defaults included, by its long name without dashes. */
    static Map<String, Object> configuration(CommandLine command) {
        Map<String, Object> out = new TreeMap<>();
        for (CommandLine.Model.OptionSpec o : command.getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue;
            }
            Object v = o.getValue();
            out.put(
                    o.longestName().replaceFirst("^-+", ""),
                    v == null || v instanceof Number || v instanceof Boolean || v instanceof String
                            ? v
                            : v instanceof List<?> l
                                    ? l.stream().map(String::valueOf).toList()
                                    : String.valueOf(v));
        }
        return out;
    }

    /** Bad input found while running is reported in one line, without a stack trace unless asked for. */
    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        boolean expected = e instanceof IllegalArgumentException
                || e instanceof IllegalStateException
                || e instanceof IOException
                || e instanceof java.io.UncheckedIOException;
        err.println(
                expected
                        ? "error: " + message
                        : "error: internal error (" + e.getClass().getSimpleName() + ": " + message
                                + "); please report it " + "with the output of --verbose");
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else if (!expected) {
            err.println("(add --verbose for the stack trace)");
        }
        return e instanceof IllegalArgumentException ? 2 : 1;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return System.getenv("PUZZLELENS_DEBUG") != null;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
