package org.puzzlelens.train.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.model.ModelConfig;

class TrainBenchTest {

    @Test
    void reportsEveryFigureAndBatchedGenerationAsCompletionsPerSecond() {
        List<TrainBench.Figure> figures = new TrainBench(4, 6, 3, 1)
                .run(ModelConfig.tiny(64), new GrpoSettings(2, 2, 1, 0.2, 0.2, 0, true, Aggregation.TOKEN, 0));
        Map<String, TrainBench.Figure> byName =
                figures.stream().collect(Collectors.toMap(TrainBench.Figure::name, f -> f));

        assertThat(byName.get("generation with KV cache, 4 per batch").unit()).isEqualTo("completions/s");
        assertThat(byName.get("generation with KV cache, 1 per batch").unit()).isEqualTo("completions/s");
        assertThat(figures)
                .allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive().isFinite());
        // Parameters are counted, not timed: the tiny model's count is known from its shape.
        assertThat(byName.get("parameters").value()).isGreaterThan(1_000);
    }
}
