package org.puzzlelens.rewards.bench.jmh;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.puzzlelens.puzzles.chat.AnswerRead;
import org.puzzlelens.puzzles.chat.AnswerReader;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.chat.TaggedCompletion;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.bench.InProcessBench;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.rewards.service.RewardJson;

/**
 * The reward path in steps, one completion per operation: the tag parser, the answer reader, the
 * whole reading ({@link RewardEngine#read}: parse, answer, behaviour metrics, fact grading) and
 * reading plus the perception design's score (the designs differ only in a sum over the reading), and
 * that plus the completion's JSON result as the batch endpoint writes it ({@code readScoreWrite}, into a
 * generator over a discarding stream). {@code kind} picks the completion, one of the three that
 * {@code rewards bench} cycles through (InProcessBench.sample): a described answer, think-then-answer
 * with a wrong letter, untagged text. Run by {@code scripts/jmh.sh}; figures in docs/PERFORMANCE.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RewardPathBenchmark {
    @Param({"described", "wrong-think", "untagged"})
    public String kind;

    private RewardEngine engine;
    private Design scored;
    private RewardTarget target;
    private String completion;
    private JsonGenerator json;

    @Setup
    public void setUp() throws IOException {
        engine = new RewardEngine(Designs.defaults());
        scored = engine.designs().design("perception");
        target = Fixtures.target(0);
        int k = switch (kind) {
            case "described" -> 0;
            case "wrong-think" -> 1;
            case "untagged" -> 2;
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
        completion = InProcessBench.sample(target, k);
        json = Json.MAPPER.createGenerator(OutputStream.nullOutputStream());
    }

    @TearDown
    public void tearDown() throws IOException {
        json.close();
    }

    @Benchmark
    public TaggedCompletion parse() {
        return CompletionParser.parse(completion);
    }

    @Benchmark
    public AnswerRead readAnswer() {
        return AnswerReader.read(completion, target.type(), target.options());
    }

    @Benchmark
    public Evidence readAll() {
        return engine.read(target, completion);
    }

    @Benchmark
    public Reward score() {
        return scored.score(engine.read(target, completion));
    }

    @Benchmark
    public void readScoreWrite() throws IOException {
        Evidence e = engine.read(target, completion);
        json.writeStartObject();
        RewardJson.writeFields(json, e, Map.of(scored.name(), scored.score(e)));
        json.writeEndObject();
    }
}
