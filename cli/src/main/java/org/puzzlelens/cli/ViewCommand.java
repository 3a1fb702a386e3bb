package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.puzzlelens.eval.view.Sample;
import org.puzzlelens.eval.view.ViewerPage;
import org.puzzlelens.eval.view.ViewerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "view",
        mixinStandardHelpOptions = true,
        description = {
            "Write a per-sample viewer: one self-contained HTML page (opens from the file system) listing every "
                    + "completion, filterable by model, condition, type, domain, verdict and error attribution; per sample the "
                    + "image, the prompt, the completion with its <image_description>, <think> and <answer> blocks marked, the "
                    + "answer read against the gold one, the facts of the description against the true facts, the reward "
                    + "components of a study's design, and links to the same instance under the other condition and models.",
            "RUN_OR_FILE is a study folder (its eval/*.jsonl on its test suites) or results files of `eval` (then name "
                    + "their suites with --suite)."
        })
final class ViewCommand implements Callable<Integer> {
    static final String PAGE = "view.html";

    @Parameters(arity = "1..*", paramLabel = "RUN_OR_FILE", description = "a study folder, or results files (.jsonl)")
    List<Path> inputs;

    @Option(
            names = "--suite",
            paramLabel = "DIR",
            split = ",",
            description =
                    "suite folders or released record files the results were made on (a study folder's own by default)")
    List<Path> suites = new ArrayList<>();

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "the page. Default: view.html in the study folder, or beside " + "the first results file")
    Path out;

    @Option(names = "--serve", description = "also serve the page on 127.0.0.1 until interrupted (Ctrl-C)")
    boolean serve;

    @Option(names = "--port", description = "port for --serve; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port = 8765;

    @Override
    public Integer call() throws Exception {
        List<Path> results = new ArrayList<>();
        List<Path> suiteInputs = new ArrayList<>(suites);
        Path study = null;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                study = input;
                results.addAll(studyResults(input));
                if (suites.isEmpty()) {
                    suiteInputs.addAll(studySuites(input));
                }
            } else if (Files.isRegularFile(input)) {
                results.add(input);
            } else {
                throw new IllegalArgumentException(
                        input + " does not exist; give a study folder or results files of `eval`");
            }
        }
        if (suiteInputs.isEmpty()) {
            throw new IllegalArgumentException(
                    "no suites to read the instances from: name the suites the results were made "
                            + "on with --suite DIR");
        }
        Path page = out != null ? out : study != null ? study.resolve(PAGE) : siblingPage(results.getFirst());
        String title = "PuzzleLens samples: "
                + (study != null ? study : results.getFirst().getFileName());
        int samples = write(page, title, suiteInputs, results);
        System.out.printf("wrote %s (%d samples); open it in a browser%n", page, samples);
        if (serve) {
            serve(Files.readString(page));
        }
        return 0;
    }

    /** Writes a study folder's viewer; returns the page. */
    static Path writeForStudy(Path study) throws IOException {
        Path page = study.resolve(PAGE);
        write(page, "PuzzleLens samples: " + study, studySuites(study), studyResults(study));
        return page;
    }

    /** Returns how many samples the page shows. */
    private static int write(Path page, String title, List<Path> suites, List<Path> results) throws IOException {
        ViewerSamples source = new ViewerSamples(suites);
        List<Sample> samples = source.samples(results);
        ViewerPage.write(page, title, samples, source.images());
        return samples.size();
    }

    private void serve(String html) throws InterruptedException, IOException {
        try (ViewerServer server = ViewerServer.start(html, port)) {
            System.out.println("serving " + server.uri() + " (Ctrl-C stops)");
            Thread.currentThread().join();
        }
    }

    private static Path siblingPage(Path resultsFile) {
        String name = resultsFile.getFileName().toString().replaceFirst("\\.jsonl$", "");
        return resultsFile.toAbsolutePath().resolveSibling(name + "." + PAGE);
    }

    /** The study's results files, the base first (it is what every design is compared with). */
    private static List<Path> studyResults(Path study) throws IOException {
        Path dir = study.resolve("eval");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(study + " has no eval/ folder: it is not a study folder (made by "
                    + "`puzzlelens study`), or its evaluation has not run yet");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparing(
                                    (Path p) -> !p.getFileName().toString().equals("base.jsonl"))
                            .thenComparing(Path::getFileName))
                    .toList();
        }
    }

    private static List<Path> studySuites(Path study) {
        return Stream.of(StudySuites.TEST_ID, StudySuites.TEST_OOD)
                .map(study.resolve("suites")::resolve)
                .filter(Files::isDirectory)
                .toList();
    }
}
