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
        return cli;
    }

    /** Bad input found while running is reported in one line, without a stack trace. */
    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof IllegalArgumentException) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        err.println("error: " + message);
        if (System.getenv("PUZZLELENS_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set PUZZLELENS_DEBUG=1 for the stack trace)");
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
