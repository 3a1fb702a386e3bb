package org.puzzlelens.eval.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.testing.Fixtures;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.testing.ReleasedData;

/** The released AlgoPuzzleVQA files as input: only their first 3 images per type exist here. */
class ReleasedInputTest {
    @TempDir
    Path dir;

    private final ItemLoader loader = new ItemLoader(Registry.get());

    private List<EvalResult> oracle(List<EvalItem> items, List<Condition> conditions) throws Exception {
        BackendSettings s = new BackendSettings(
                "sim", null, null, Duration.ofSeconds(1), RetryPolicy.standard(0), Map.of(), k -> null);
        Path out = dir.resolve("r.jsonl");
        try (Backend b = Backends.load().provider("oracle").create(s);
                ResultsFile file = ResultsFile.open(out)) {
            new EvalRunner(b, Fixtures.run("oracle", conditions, 1, 4), file, Progress.NONE).run(items);
        }
        return ResultsFile.read(out);
    }

    @Test
    void theTextConditionNeedsNoImagesAndRebuildsEveryReleasedState() throws Exception {
        List<EvalItem> items =
                loader.load(List.of(ReleasedData.algoPuzzleVqa("clock"), ReleasedData.algoPuzzleVqa("maze")), null, 0);
        assertThat(items).hasSize(200).allMatch(i -> i.description() != null);
        assertThat(items.getFirst().id()).isEqualTo("clock_0000");
        assertThat(oracle(items, List.of(Condition.TEXT))).hasSize(200).allMatch(EvalResult::isCorrect);
    }

    @Test
    void aMissingImageNamesTheFileAndTheWaysOut() throws Exception {
        List<EvalItem> items = loader.load(List.of(ReleasedData.root().resolve("AlgoPuzzleVQA")), Set.of("clock"), 5);
        assertThatThrownBy(() -> oracle(items, List.of(Condition.IMAGE)))
                .isInstanceOf(MissingImagesException.class)
                .hasMessageContaining("2 image(s) not found")
                .hasMessageContaining("clock_0003.jpg")
                .hasMessageContaining("--conditions text")
                .hasMessageContaining("--limit 3");
    }

    @Test
    void theShippedImagesAreSentScaledToTheBenchmarksLimit() throws Exception {
        List<EvalItem> items = loader.load(List.of(ReleasedData.algoPuzzleVqa("board_tile")), null, 3);
        assertThat(oracle(items, List.of(Condition.IMAGE))).hasSize(3).allMatch(EvalResult::isCorrect);
        ImageData data = ImageData.read(items.getFirst().image(), 1024);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(data.bytes()));
        assertThat(data.mediaType()).isEqualTo("image/png");
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(1024);
        assertThat(ImageData.read(items.getFirst().image(), 4096).mediaType()).isEqualTo("image/jpeg");
    }
}
