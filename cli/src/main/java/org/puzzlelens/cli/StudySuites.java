package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Seeds;
import org.puzzlelens.puzzles.core.Seeds.Purpose;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.io.ContentKey;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import org.puzzlelens.puzzles.io.Verifier;

/**
 * The study's three suites: in-domain training (from the seed GRPO draws its prompts from, for exports to the RL
 * engines; the built-in GRPO skips the held-out contents among them), held-out
 * in-domain test and out-of-domain test. Each is generated from the seed salted by its purpose
 * ({@link Purpose#GRPO_PROMPTS}, {@link Purpose#TEST_IN_DOMAIN}, {@link Purpose#TEST_OUT_OF_DOMAIN}),
 * so no test instance is drawn as a training instance; equal content from small state spaces is
 * caught by {@link TrainTestOverlap}. Generation resumes; every record is then re-solved from its
 * released-format fields.
 *
 * @param inDomainTypes what the model trains on and is tested on in domain: the lab variants by
 *     default, or the released AlgoPuzzleVQA types
 * @param imageSize the model's input size: images are rendered as training renders them
 */
record StudySuites(Path root, List<PuzzleType<?>> inDomainTypes, long seed, Preset preset, int imageSize, int threads) {
    static final String TRAIN = "train";
    static final String TEST_ID = "test-in-domain";
    static final String TEST_OOD = "test-out-of-domain";

    Path train() {
        return root.resolve(TRAIN);
    }

    Path inDomain() {
        return root.resolve(TEST_ID);
    }

    Path outOfDomain() {
        return root.resolve(TEST_OOD);
    }

    /** The test suites the models are evaluated on (out-of-domain only when it has instances). */
    List<Path> tests(StudyPlan plan) {
        return plan.oodPerType() > 0 ? List.of(inDomain(), outOfDomain()) : List.of(inDomain());
    }

    /** Generates what is missing, verifies everything; returns the verification as Markdown lines. */
    List<String> generateAndVerify(StudyPlan plan, ProgressBars progress) throws IOException {
        List<PuzzleType<?>> id = inDomainTypes;
        List<Path> files = new ArrayList<>();
        files.addAll(write(
                train(),
                new SuiteSpec(
                        id, plan.trainPerType(id.size()), Seeds.of(seed, Purpose.GRPO_PROMPTS), preset, imageSize),
                progress));
        // drawn larger: instances equal to a training puzzle are left out of the evaluation, and a lab
        // variant's few states are mostly trained on, all but the held-out quarter
        files.addAll(write(
                inDomain(),
                new SuiteSpec(
                        id,
                        plan.idPerType() * ContentKey.HELD_OUT_ONE_IN,
                        Seeds.of(seed, Purpose.TEST_IN_DOMAIN),
                        preset,
                        imageSize),
                progress));
        if (plan.oodPerType() > 0) {
            files.addAll(write(
                    outOfDomain(),
                    new SuiteSpec(
                            Registry.get().of(Suite.PUZZLEVQA),
                            plan.oodPerType(),
                            Seeds.of(seed, Purpose.TEST_OUT_OF_DOMAIN),
                            preset,
                            imageSize),
                    progress));
        }
        List<DatasetRecord.Result> lines = Verifier.load(files);
        progress.begin("verify", lines.size());
        Verifier.Report report;
        try {
            report = new Verifier(Registry.get(), true).verify(lines, progress::advance);
        } finally {
            progress.end();
        }
        if (!report.allAgree()) {
            throw new IllegalStateException("suite verification failed: "
                    + report.problems().stream().map(String::valueOf).toList());
        }
        return List.of(String.format(
                Locale.ROOT,
                "%d records in %s re-solved from their released-format fields: %d/%d agree.",
                report.records(),
                root,
                report.agreed(),
                report.records()));
    }

    private List<Path> write(Path dir, SuiteSpec spec, ProgressBars progress) throws IOException {
        Files.createDirectories(dir);
        return new SuiteWriter(threads)
                .write(dir, spec, progress).stream()
                        .map(SuiteWriter.TypeResult::records)
                        .toList();
    }
}
