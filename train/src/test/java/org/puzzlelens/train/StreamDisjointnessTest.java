package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Seeds;
import org.puzzlelens.puzzles.core.Seeds.Purpose;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoOptions;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.GrpoTrainer;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.pretrain.PretrainOptions;
import org.puzzlelens.train.pretrain.Pretrainer;
import org.puzzlelens.train.sample.SamplingOptions;

/** From one seed, the warm start and GRPO draw different puzzles and different random streams. */
class StreamDisjointnessTest {
    private static final int ITEMS = 100_000;
    private static final long SEED = 1;
    private static final List<String> TYPES = Registry.get().of(Suite.ALGOPUZZLEVQA).stream()
            .map(t -> t.info().name())
            .toList();

    private static final PretrainOptions WARM_START = new PretrainOptions(
            TYPES,
            Preset.ALGOPUZZLEVQA,
            SEED,
            600,
            8,
            0.5,
            1024,
            200,
            "mini",
            512,
            OptimizerSettings.of(1e-3, 20, 0.01, 1.0));
    private static final GrpoOptions GRPO = new GrpoOptions(
            "base",
            "vanilla",
            TYPES,
            Preset.ALGOPUZZLEVQA,
            SEED,
            Condition.IMAGE,
            36,
            12,
            new GrpoSettings(6, 2, 2, 0.2, 0.28, 0.02, true, Aggregation.TOKEN, 0),
            OptimizerSettings.of(2e-4, 2, 0.01, 1.0),
            new SamplingOptions(1.0, 1.0, 128, true));

    @Test
    void warmStartAndGrpoShareNoInstanceInTheFirstHundredThousand() {
        PuzzleStream warm = Pretrainer.stream(WARM_START, Purpose.WARM_START_PUZZLES);
        PuzzleStream grpo = GrpoTrainer.stream(GRPO);
        assertThat(common(first(warm::id), first(grpo::id))).isEmpty();
        // ids name the stream's seed, so they differ whenever the seeds do; the instances' own random
        // streams are what must not coincide
        assertThat(common(first(warm::firstDraw), first(grpo::firstDraw))).isEmpty();
        assertThat(common(
                        first(Pretrainer.stream(WARM_START, Purpose.TOKENIZER_CORPUS)::firstDraw),
                        first(grpo::firstDraw)))
                .isEmpty();
    }

    @Test
    void everyPurposeHasItsOwnSeedAndStepStreams() {
        Set<Long> seeds = new HashSet<>();
        Set<Long> steps = new HashSet<>();
        for (Purpose purpose : Purpose.values()) {
            seeds.add(Seeds.of(SEED, purpose));
            for (int step = 0; step < 1000; step++) {
                steps.add(Seeds.stream(SEED, purpose, step).nextLong());
            }
        }
        assertThat(seeds).hasSize(Purpose.values().length);
        assertThat(steps).hasSize(Purpose.values().length * 1000);
    }

    private static <T> Set<T> common(Set<T> a, Set<T> b) {
        Set<T> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static <T> Set<T> first(LongFunction<T> item) {
        Set<T> out = new HashSet<>();
        for (long n = 0; n < ITEMS; n++) {
            out.add(item.apply(n));
        }
        return out;
    }
}
