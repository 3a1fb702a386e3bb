package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Seeds;
import org.puzzlelens.puzzles.core.Seeds.Purpose;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoOptions;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.pretrain.PretrainOptions;
import org.puzzlelens.train.pretrain.Pretrainer;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * Test instances are compared with training puzzles by content (type, question, state), read back from
 * suite files as the study reads them: puzzles written from the training seed are found in full and
 * left out, fresh ones kept. (StudyCommandTest checks the line the study report states.)
 */
class TrainTestOverlapTest {
    private static final long SEED = 1;
    private static final List<String> TYPES = List.of("clock", "board_tile", "calendar");
    private static final PretrainOptions WARM_START = new PretrainOptions(
            TYPES,
            Preset.ALGOPUZZLEVQA,
            SEED,
            20,
            6,
            0.5,
            512,
            10,
            "tiny",
            384,
            OptimizerSettings.of(1e-3, 1, 0.01, 1.0));
    private static final GrpoOptions GRPO = new GrpoOptions(
            "base",
            "vanilla",
            TYPES,
            Preset.ALGOPUZZLEVQA,
            SEED,
            Condition.IMAGE,
            4,
            2,
            new GrpoSettings(4, 2, 2, 0.2, 0.28, 0.02, true, Aggregation.TOKEN, 0),
            OptimizerSettings.of(2e-4, 2, 0.01, 1.0),
            new SamplingOptions(1.0, 1.0, 48, true));
    private static final TrainTestOverlap OVERLAP = TrainTestOverlap.of(WARM_START, GRPO);

    @TempDir
    Path dir;

    private List<EvalItem> suite(String name, long seed, int perType) throws Exception {
        List<PuzzleType<?>> types =
                TYPES.stream().<PuzzleType<?>>map(Registry.get()::type).toList();
        Path folder = dir.resolve(name);
        new SuiteWriter(1).write(folder, new SuiteSpec(types, perType, seed, Preset.ALGOPUZZLEVQA, 64), Progress.NONE);
        return new ItemLoader(Registry.get()).load(List.of(folder), null, 0);
    }

    @Test
    void findsTrainingPuzzlesReadBackFromASuite() throws Exception {
        // the warm start's first 3 puzzles per type, written and read back as records: each is the first
        // candidate not held out among 64 instances of the stream's seed, so the first 3 x 64 hold them
        PuzzleStream stream = Pretrainer.stream(WARM_START, Purpose.WARM_START_PUZZLES);
        Set<String> firstNine =
                LongStream.range(0, 9).mapToObj(n -> stream.get(n).id()).collect(Collectors.toSet());
        List<EvalItem> trained = suite("trained", Seeds.of(SEED, Purpose.WARM_START_PUZZLES), 3 * 64).stream()
                .filter(i -> firstNine.contains(i.id()))
                .toList();
        List<EvalItem> fresh = suite("fresh", Seeds.of(SEED, Purpose.TEST_IN_DOMAIN), 4);
        assertThat(trained).hasSize(9).allMatch(OVERLAP::seen);
        List<EvalItem> mixed = new ArrayList<>(fresh);
        mixed.addAll(trained);
        List<EvalItem> unseen = OVERLAP.unseen(mixed);
        assertThat(unseen).noneMatch(OVERLAP::seen).doesNotContainAnyElementsOf(trained);
        assertThat(OVERLAP.line(mixed)).contains(" of 21 test instances").endsWith("overlap after excluding them: 0.");
    }
}
