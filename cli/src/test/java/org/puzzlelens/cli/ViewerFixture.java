package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Registry;

/**
 * A study folder as the viewer reads it, without training: a real test suite (clock and maze) and
 * results of two models ({@code base} and the design {@code vanilla}) written as the evaluation
 * writes them. The first clock instance is answered wrongly under image by both models, with a
 * description that states its first fact right and its second wrong; every other answer is right.
 */
final class ViewerFixture {
    static final String WRONG_VALUE = "999";

    private ViewerFixture() {}

    /** Builds the folder; returns the first clock instance, the one answered wrongly. */
    static EvalItem build(Path study) throws IOException {
        Path suite = study.resolve("suites").resolve(StudySuites.TEST_ID);
        int code = Main.commandLine()
                .execute(
                        "generate",
                        "--types",
                        "clock,maze",
                        "--count",
                        "2",
                        "--image-size",
                        "96",
                        "--out",
                        suite.toString());
        assertThat(code).isZero();
        List<EvalItem> items = new ItemLoader(Registry.get()).load(List.of(suite), null, 0);
        EvalItem wrong = items.stream()
                .filter(i -> i.typeName().equals("clock"))
                .findFirst()
                .orElseThrow();
        Files.createDirectories(study.resolve("eval"));
        for (String model : List.of("base", "vanilla")) {
            try (ResultsFile file = ResultsFile.open(study.resolve("eval").resolve(model + ".jsonl"))) {
                for (EvalItem item : items) {
                    for (String condition : List.of("image", "text")) {
                        file.append(result(model, item, condition, item == wrong && condition.equals("image")));
                    }
                }
            }
        }
        return wrong;
    }

    private static EvalResult result(String model, EvalItem item, String condition, boolean wrong) {
        String gold = String.valueOf(item.answerLetter());
        String choice = wrong
                ? String.valueOf(
                        Options.letter((item.answerIndex() + 1) % item.options().size()))
                : gold;
        List<Fact> facts = item.facts();
        String description = facts.get(0) + "\n" + facts.get(1).key() + " = "
                + (wrong ? WRONG_VALUE : facts.get(1).value());
        String response = "<image_description>\n" + description + "\n</image_description>\n<think>I read the image and "
                + "count.</think>\n<answer>" + choice + "</answer>";
        String settings = "backend=local;model=" + model + ";prompt=" + StudyEvaluation.PROMPT.fingerprint() + ";";
        return new EvalResult(
                model,
                settings,
                condition,
                item.typeName(),
                item.id(),
                0,
                EvalResult.OK,
                item.options().size(),
                gold,
                response,
                null,
                choice,
                "tag",
                null,
                !wrong,
                null,
                null,
                1,
                5,
                100,
                50);
    }
}
