package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.design.Designs;

/**
 * The batch route's streaming reading ({@link BatchBody}) against the tree's reading it stands in for: the
 * same answer, byte for byte, or the same error, for random bodies built from the pieces a client may send,
 * right and wrong, whole and cut short.
 */
class RewardApiBatchBodyTest {
    private static final int MAX_ITEMS = 4;
    private static final RewardApi API = api();

    @Property(tries = 3000)
    void theStreamingReadingAnswersAsTheTreesReading(@ForAll("bodies") String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String streaming = outcome(() -> API.batch(bytes));
        assertThat(streaming).isEqualTo(outcome(() -> API.batch(RequestBody.tree(bytes))));
        boolean usual = BatchBody.read(bytes, MAX_ITEMS).isPresent();
        Statistics.label("reading").collect(usual ? "streaming" : "tree");
        Statistics.label("answer").collect(streaming.substring(0, 3));
        // the bodies exercise both readings, and answers as well as errors on the streaming one
        Statistics.label("reading").coverage(c -> c.check("streaming").percentage(p -> p > 10));
        Statistics.label("answer").coverage(c -> c.check("200").percentage(p -> p > 10));
    }

    @Test
    void theUsualBodyIsReadWithoutTheTree() {
        String body = "{\"design\": \"mixture,vanilla\", \"items\": [" + item("completion", "\"A\"", "id", ids().get(0))
                + ", " + item("label", label(), "completion", described()) + "]}";
        Optional<BatchBody> read = BatchBody.read(body.getBytes(StandardCharsets.UTF_8), MAX_ITEMS);
        assertThat(read).isPresent();
        assertThat(read.get().completions()).hasSize(2).first().isEqualTo("A");
        assertThat(read.get().design().asText()).isEqualTo("mixture,vanilla");
        assertThat(outcome(() -> API.batch(body.getBytes(StandardCharsets.UTF_8))))
                .startsWith("200 {\"results\":[");
    }

    @Test
    void anUnusualBodyIsLeftToTheTree() {
        for (String body : List.of(
                "{\"items\": []}",
                "{\"items\": [{\"completion\": \"A\", \"id\": null}]}",
                "{\"items\": [{\"completion\": \"A\", \"record\": {}}]}",
                "{\"items\": [{\"completion\": \"A\", \"id\": \"x\", \"id\": \"y\"}]}",
                "{\"items\": [{\"completion\": \"A\", \"id\": \"x\"}], \"design\": null}",
                "{\"items\": [{\"completion\": \"A\", \"id\": \"x\"}], \"extra\": 1}",
                "{\"items\": [{\"completion\": \"A\", \"id\": \"x\"}]",
                "[1]")) {
            assertThat(BatchBody.read(body.getBytes(StandardCharsets.UTF_8), MAX_ITEMS))
                    .as(body)
                    .isEmpty();
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> whole = Combinators.combine(
                        topFields(), Arbitraries.integers().between(0, 3))
                .as((fields, order) -> object(rotate(fields, order)));
        Arbitrary<String> rootOfAnotherKind =
                Arbitraries.of("[]", "5", "null", "\"text\"", "", "  ", "{}", "{\"items\": 1}");
        return Arbitraries.frequencyOf(
                Tuple.of(6, whole),
                Tuple.of(
                        2,
                        Combinators.combine(whole, Arbitraries.doubles().between(0, 1))
                                .as((b, at) -> b.substring(0, (int) (b.length() * at)))), // cut short
                Tuple.of(
                        1,
                        whole.map(b -> b
                                + Arbitraries.of(" ", " x", "}", " {\"a\": 1}", ",")
                                        .sample())),
                Tuple.of(1, rootOfAnotherKind));
    }

    /** The object's fields: items (sometimes twice or absent), design (sometimes), and now and then an unknown one. */
    private Arbitrary<List<String>> topFields() {
        Arbitrary<String> items = items().map(list -> "\"items\": " + list);
        Arbitrary<Optional<String>> design = Arbitraries.of(
                        "\"mixture\"",
                        "\"vanilla,perception\"",
                        "\"all\"",
                        "\"nosuch\"",
                        "null",
                        "5",
                        "[\"mixture\"]",
                        "{\"terms\": {\"accuracy\": 1}}",
                        "{\"terms\": {\"nosuch\": 1}}",
                        "{\"terms\": {}}")
                .map(v -> "\"design\": " + v)
                .optional(0.4);
        Arbitrary<Optional<String>> second = items.optional(0.1);
        Arbitrary<Optional<String>> unknown =
                Arbitraries.of("\"extra\": 1", "\"Items\": []").optional(0.1);
        Arbitrary<Boolean> itemsPresent = Arbitraries.of(true, true, true, true, true, true, true, true, true, false);
        return Combinators.combine(items, itemsPresent, design, second, unknown).as((i, present, d, s, u) -> {
            List<String> fields = new ArrayList<>();
            if (present) {
                fields.add(i);
            }
            d.ifPresent(fields::add);
            s.ifPresent(fields::add);
            u.ifPresent(fields::add);
            return fields;
        });
    }

    /** A list of up to one more item than the service takes, now and then a value that is no list. */
    private Arbitrary<String> items() {
        Arbitrary<String> list = item().list().ofMaxSize(MAX_ITEMS + 1).map(l -> "[" + String.join(", ", l) + "]");
        return Arbitraries.frequencyOf(
                Tuple.of(12, list), Tuple.of(1, Arbitraries.of("null", "{}", "\"x\"", "[1, 2]", "[[]]")));
    }

    /** An item of the usual fields in any order, and now and then a wrong or extra one. */
    private Arbitrary<String> item() {
        Arbitrary<String> completion = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(described(), quote("A"), quote("<answer>B</answer><|im_end|>"), quote(""))),
                Tuple.of(1, Arbitraries.of("null", "5", "[\"A\"]", "{}")));
        Arbitrary<String> reference = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(ids()).map(id -> "\"id\": " + id)),
                Tuple.of(2, Arbitraries.of("\"label\": " + label(), "\"label\": \"{oops\"", "\"id\": \"nosuch\"")),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "\"id\": null",
                                "\"id\": 7",
                                "\"record\": " + Json.line(Fixtures.record(1)),
                                "\"record\": \"r\"")));
        Arbitrary<Optional<String>> extra = Arbitraries.of(
                        "\"extra\": true",
                        "\"completion\": \"again\"",
                        "\"label\": " + label(),
                        "\"id\": " + ids().get(1))
                .optional(0.05);
        return Combinators.combine(
                        completion, reference, extra, Arbitraries.integers().between(0, 2))
                .as((c, r, x, order) -> {
                    List<String> fields = new ArrayList<>(List.of("\"completion\": " + c, r));
                    x.ifPresent(fields::add);
                    return object(rotate(fields, order));
                });
    }

    private static List<String> rotate(List<String> fields, int by) {
        List<String> out = new ArrayList<>(fields);
        if (!out.isEmpty()) {
            java.util.Collections.rotate(out, by % out.size());
        }
        return out;
    }

    private static String object(List<String> fields) {
        return "{" + String.join(", ", fields) + "}";
    }

    private static String item(String k1, String v1, String k2, String v2) {
        return "{\"" + k1 + "\": " + v1 + ", \"" + k2 + "\": " + v2 + "}";
    }

    private static List<String> ids() {
        return List.of(
                quote(Fixtures.target(0).id()),
                quote(Fixtures.target(3).id()),
                quote(" " + Fixtures.target(5).id()));
    }

    private static String label() {
        return quote(RewardTargets.label(Fixtures.target(2)));
    }

    private static String described() {
        return quote(Fixtures.described(Fixtures.target(0), Fixtures.letter(Fixtures.target(0))));
    }

    private static String quote(String s) {
        return Json.MAPPER.getNodeFactory().textNode(s).toString();
    }

    /** The answer's bytes, or the error as the endpoint would report it. */
    private static String outcome(Supplier<Answer> route) {
        try {
            return "200 " + Endpoint.render(route.get()).toString(StandardCharsets.UTF_8);
        } catch (ApiError e) {
            return e.status() + " " + e.getMessage();
        } catch (MalformedRecordException | IllegalArgumentException e) {
            return "400 " + e.getMessage();
        }
    }

    private static RewardApi api() {
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(new DatasetRecord(Path.of("clock.json"), i + 1, Fixtures.record(i)));
        }
        RecordIndex index = RecordIndex.of(records, "a test suite", Registry.get(), Progress.NONE);
        ServerConfig config = new ServerConfig(
                "127.0.0.1", 0, "mixture", Optional.empty(), 1 << 20, MAX_ITEMS, Duration.ofSeconds(1));
        return new RewardApi(
                new RewardEngine(Designs.defaults()),
                config,
                new TargetResolver(index, Registry.get()),
                index,
                new Gate(Optional.empty(), 1 << 20));
    }
}
