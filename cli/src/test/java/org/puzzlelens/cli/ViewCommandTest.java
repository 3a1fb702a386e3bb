package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.view.Sample;
import org.puzzlelens.eval.view.ViewerServer;

/** The viewer's data, as the page receives it, and the page served over HTTP. */
class ViewCommandTest {
    @TempDir
    static Path study;

    static EvalItem wrong;

    @BeforeAll
    static void fixture() throws Exception {
        wrong = ViewerFixture.build(study);
    }

    private static List<Sample> samples() throws Exception {
        return new ViewerSamples(List.of(study.resolve("suites").resolve(StudySuites.TEST_ID)))
                .samples(List.of(study.resolve("eval/base.jsonl"), study.resolve("eval/vanilla.jsonl")));
    }

    private static Sample wrongImage(String model) throws Exception {
        return samples().stream()
                .filter(s -> s.model().equals(model)
                        && s.instance().equals(wrong.id())
                        && s.condition().equals("image"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWrongImageAnswerCarriesItsFactsDifferenceAttributionAndPrompt() throws Exception {
        Sample s = wrongImage("base");
        assertThat(s.verdict()).isEqualTo("wrong");
        // right from the text, wrong from the image: the attribution charges perception
        assertThat(s.attribution()).isEqualTo("perception");
        assertThat(s.domain()).isEqualTo("in-domain");
        assertThat(s.image()).isNotNull();
        var truth = wrong.facts();
        assertThat(s.facts().get(0))
                .isEqualTo(new Sample.FactRow(
                        truth.get(0).key(), truth.get(0).value(), truth.get(0).value(), "right"));
        assertThat(s.facts().get(1))
                .isEqualTo(new Sample.FactRow(
                        truth.get(1).key(), truth.get(1).value(), ViewerFixture.WRONG_VALUE, "wrong"));
        assertThat(s.facts().subList(2, s.facts().size()))
                .allMatch(f -> f.match().equals("missing"));
        // the study's own wording, rebuilt from the record: question and option lines
        assertThat(s.prompt())
                .startsWith("[image]")
                .contains(wrong.question())
                .contains("(A) " + wrong.options().get(0));
        assertThat(s.reward()).isNull(); // the base has no design
    }

    @Test
    void aDesignsModelShowsThatDesignsRewardComponents() throws Exception {
        Sample s = wrongImage("vanilla");
        assertThat(s.reward().design()).isEqualTo("vanilla");
        assertThat(s.reward().components()).isNotEmpty();
        assertThat(s.reward().components().values()).allMatch(v -> v >= 0 && v <= 1);
    }

    @Test
    void theCommandWritesTheStudysPageAndRefusesAFileWithoutSuites() throws Exception {
        assertThat(Main.commandLine().execute("view", study.toString())).isZero();
        String html = Files.readString(study.resolve(ViewCommand.PAGE));
        assertThat(html).contains("data:image/png;base64,").contains(wrong.id()).doesNotContain("/*PUZZLELENS_DATA*/");
        assertThat(Main.commandLine()
                        .execute("view", study.resolve("eval/base.jsonl").toString()))
                .isEqualTo(2);
        assertThat(Main.commandLine()
                        .execute("view", study.resolve("nothing-here").toString()))
                .isEqualTo(2);
    }

    @Test
    void theServerAnswersThePageOnLoopback() throws Exception {
        try (ViewerServer server = ViewerServer.start("<html>page</html>", 0);
                HttpClient client = HttpClient.newHttpClient()) {
            assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(server.uri().resolve(URI.create("/any")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("<html>page</html>");
        }
    }
}
