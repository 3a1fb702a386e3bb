package org.puzzlelens.puzzles.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Records;
import org.puzzlelens.puzzles.io.Verifier;
import org.puzzlelens.puzzles.render.Images;

/**
 * The checks every puzzle type must pass. A type's test extends this and supplies the two pieces of
 * independent evidence that only it can give: reading the state back from the pixels it drew, and
 * parsing its description back into the state. Solver checks against brute force live beside them.
 *
 * @param <S> the type's state
 */
public abstract class PuzzleTypeContract<S extends Record> {
    protected static final long SEED = 20260601L;

    protected abstract PuzzleType<S> type();

    /**
     * Reads the visible state back from a rendered image by sampling pixels where the renderer drew;
     * {@code question} supplies what the image does not show.
     */
    protected abstract S readPixels(BufferedImage image, S question);

    /** Parses the description back into a state, with {@code question} for what only the question says. */
    protected abstract S parseDescription(String description, S question);

    /** Number of options every instance has (4, or 2 for Yes/No types, or 3 for some PuzzleVQA types). */
    protected int optionCount() {
        return Options.COUNT;
    }

    protected S state(PuzzleInstance inst) {
        return type().stateType().cast(inst.state());
    }

    protected PuzzleInstance instance(int index) {
        return Instances.create(type(), SEED, index, Preset.ALGOPUZZLEVQA);
    }

    @Test
    void isRegistered() {
        assertThat(Registry.get().type(type().info().name())).isInstanceOf(type().getClass());
    }

    @Test
    void sameSeedGivesByteIdenticalRecordsAndImages() {
        for (int i = 0; i < 4; i++) {
            PuzzleInstance a = instance(i);
            PuzzleInstance b = instance(i);
            assertThat(Json.line(Records.write(a, "x.png"))).isEqualTo(Json.line(Records.write(b, "x.png")));
            assertThat(Images.png(Images.render(type(), a.state(), 256)))
                    .isEqualTo(Images.png(Images.render(type(), b.state(), 256)));
        }
    }

    @Test
    void instancesVary() {
        Set<Object> states = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            states.add(instance(i).state());
        }
        assertThat(states).hasSizeGreaterThan(10);
    }

    @Test
    void optionsAreDistinctHoldTheAnswerAtEveryPosition() {
        int[] positions = new int[optionCount()];
        for (int i = 0; i < 200; i++) {
            PuzzleInstance inst = instance(i);
            assertThat(inst.options())
                    .hasSize(optionCount())
                    .doesNotHaveDuplicates()
                    .contains(inst.answer());
            positions[inst.answerIndex()]++;
        }
        for (int p : positions) {
            assertThat(p).as("answer positions %s", Arrays.toString(positions)).isGreaterThan(0);
        }
    }

    @Test
    void everyPresetGeneratesSolvableInstances() {
        for (Preset preset : Preset.values()) {
            for (int i = 0; i < 25; i++) {
                PuzzleInstance inst = Instances.create(type(), SEED + 7, i, preset);
                assertThat(inst.trace()).isNotEmpty();
                assertThat(inst.description()).isNotBlank();
                assertThat(inst.question()).isNotBlank();
            }
        }
    }

    @Test
    void recordsReadBackInTheReleasedFormat() {
        for (int i = 0; i < 40; i++) {
            PuzzleInstance inst = instance(i);
            var json = Records.write(inst, "images/x.png");
            json.remove("state"); // force the released path: question + solution fields only
            DatasetRecord record = new DatasetRecord(Path.of(type().info().name() + ".json"), i + 1, json);
            Verifier.Outcome outcome = new Verifier(Registry.get()).check(new DatasetRecord.Result(record, null));
            assertThat(outcome).as(inst.id()).isInstanceOf(Verifier.Agreed.class);
            assertThat(record.state(type()))
                    .as("state from released fields of " + inst.id())
                    .isEqualTo(visibleAndAsked(inst));
        }
    }

    /**
     * The state as the released fields determine it; a type whose released fields omit something
     * purely cosmetic (a name in the question, say) normalises it here.
     */
    protected S visibleAndAsked(PuzzleInstance inst) {
        return state(inst);
    }

    @Test
    void stateSurvivesJson() throws Exception {
        for (int i = 0; i < 20; i++) {
            PuzzleInstance inst = instance(i);
            String json = Json.MAPPER.writeValueAsString(inst.state());
            assertThat(Json.MAPPER.readValue(json, type().stateType())).isEqualTo(inst.state());
        }
    }

    @Test
    void factsRoundTripThroughText() {
        for (int i = 0; i < 40; i++) {
            PuzzleInstance inst = instance(i);
            S state = state(inst);
            List<Fact> facts = type().facts(state);
            assertThat(Facts.asMap(facts)).hasSameSizeAs(facts);
            List<Fact> parsed = Facts.parse(Facts.format(facts));
            assertThat(parsed).containsExactlyElementsOf(facts);
            assertThat(type().fromFacts(state, parsed)).contains(state);
            assertThat(Facts.score(facts, parsed).exact()).isTrue();
        }
    }

    @Test
    void aWrongFactIsScoredWrongAndAMissingOneMissing() {
        S state = state(instance(3));
        List<Fact> facts = new ArrayList<>(type().facts(state));
        Fact first = facts.get(0);
        facts.set(0, new Fact(first.key(), first.value() + "x"));
        facts.remove(facts.size() - 1);
        FactScore score = Facts.score(type().facts(state), facts);
        assertThat(score.wrong()).isEqualTo(1);
        assertThat(score.missing()).isEqualTo(1);
        assertThat(score.exact()).isFalse();
    }

    @Test
    void factGuideIsWritten() {
        assertThat(type().factGuide()).isNotBlank();
    }

    @Test
    void rendersCrispAtSmallAndLargeSizes() {
        S state = state(instance(1));
        for (int size : new int[] {224, 1024}) {
            BufferedImage img = Images.render(type(), state, size);
            assertThat(Math.max(img.getWidth(), img.getHeight())).isEqualTo(size);
            assertThat(distinctColours(img)).isGreaterThan(2);
        }
    }

    @Test
    void pixelsReadBackToTheState() {
        for (int i = 0; i < 12; i++) {
            PuzzleInstance inst = instance(i);
            S state = state(inst);
            for (int size : new int[] {512, 1024}) {
                BufferedImage img = Images.render(type(), state, size);
                assertThat(readPixels(img, state))
                        .as(inst.id() + " at " + size + " px")
                        .isEqualTo(state);
            }
        }
    }

    @Test
    void descriptionParsesBackToTheStateAndTheSameAnswer() {
        for (Preset preset : Preset.values()) {
            for (int i = 0; i < 30; i++) {
                PuzzleInstance inst = Instances.create(type(), SEED, i, preset);
                S state = state(inst);
                S parsed = parseDescription(inst.description(), state);
                assertThat(parsed).as(inst.id() + ": " + inst.description()).isEqualTo(state);
                assertThat(type().solve(parsed).answer()).isEqualTo(inst.answer());
            }
        }
    }

    @Test
    void everyReleasedRecordIsResolved() throws Exception {
        if (type().info().suite() != Suite.ALGOPUZZLEVQA) {
            return; // PuzzleVQA agreement is reported by its own test
        }
        Path file = ReleasedData.algoPuzzleVqa(type().info().name());
        assertThat(file).exists();
        var report = new Verifier(Registry.get()).verify(Verifier.load(List.of(file)), n -> {});
        assertThat(report.problems()).isEmpty();
        assertThat(report.agreed()).isEqualTo(100);
    }

    @Test
    void aFixedParameterIsHonouredAndReproducible() {
        var first =
                type().info().params().isEmpty() ? null : type().info().params().get(0);
        if (first == null) {
            return;
        }
        SplittableRandom rng = new SplittableRandom(1);
        Object value = first.draw(Preset.ALGOPUZZLEVQA, rng);
        PuzzleInstance a = Instances.create(type(), SEED, 5, Preset.ALGOPUZZLEVQA, Map.of(first.name(), value));
        PuzzleInstance b = Instances.create(type(), SEED, 5, Preset.ALGOPUZZLEVQA, Map.of(first.name(), value));
        assertThat(a.parameters().values()).containsEntry(first.name(), value);
        assertThat(a.state()).isEqualTo(b.state());
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
                if (seen.size() > 2) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}
