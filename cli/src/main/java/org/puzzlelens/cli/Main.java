package org.puzzlelens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code puzzlelens} command. Exit codes: 0 ok, 1 failure, 2 usage error. */
@Command(name = "puzzlelens", mixinStandardHelpOptions = true, version = "PuzzleLens 0.1.0",
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
        return cli;
    }

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "print the stack trace of a failure (also PUZZLELENS_DEBUG=1)")
    boolean verbose;

    /** Bad input found while running is reported in one line, without a stack trace unless asked for. */
    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        boolean expected = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException;
        err.println(expected ? "error: " + message
                : "error: internal error (" + e.getClass().getSimpleName() + ": " + message + "); please report it "
                        + "with the output of --verbose");
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
