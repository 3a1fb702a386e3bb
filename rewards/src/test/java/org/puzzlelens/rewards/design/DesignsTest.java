package org.puzzlelens.rewards.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.puzzlelens.rewards.Fixtures.described;
import static org.puzzlelens.rewards.Fixtures.letter;
import static org.puzzlelens.rewards.Fixtures.reasoning;
import static org.puzzlelens.rewards.Fixtures.wrongLetter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;

class DesignsTest {
    private final RewardEngine engine = new RewardEngine(Designs.defaults());
    private final RewardTarget clock = Fixtures.target(3);

    private Map<String, Double> totals(RewardTarget t, String completion) {
        Map<String, Double> out = new LinkedHashMap<>();
        engine.scoreAll(engine.read(t, completion)).forEach((name, r) -> out.put(name, r.total()));
        return out;
    }

    @Test
    void theStudysSixDesignsThenOursAreListedInOrder() {
        assertThat(engine.names())
                .containsExactly(
                        "vanilla",
                        "only-accuracy",
                        "mixture",
                        "continuous",
                        "visual-fusion",
                        "no-accuracy",
                        "perception",
                        "sufficiency");
    }

    @Test
    void aPerfectDescribedCompletionEarnsEveryComponent() {
        String c = described(clock, letter(clock));
        int thinkChars = reasoning(clock).length();
        assertThat(totals(clock, c))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "vanilla", 1.0, // correct; not think-then-answer, it has a description
                        "only-accuracy", 1.0,
                        "mixture", 2.0,
                        "continuous", 1.0, // graded accuracy 1, format_ta 0
                        "visual-fusion", 3.0,
                        "no-accuracy", 1.0 + thinkChars / 1000.0,
                        "perception", 3.0,
                        "sufficiency", 3.0)); // the true facts rebuild the puzzle, so our solver reaches the answer
    }

    @Test
    void thinkThenAnswerWithTheWrongLetter() {
        String c = "<think>" + reasoning(clock) + "</think><answer>" + wrongLetter(clock) + "</answer>";
        Map<String, Double> t = totals(clock, c);
        assertThat(t.get("vanilla")).isEqualTo(1.0); // format only
        assertThat(t.get("only-accuracy")).isZero();
        assertThat(t.get("mixture")).isZero();
        assertThat(t.get("continuous")).isEqualTo(1.0); // clock times are not numbers: no partial credit
        assertThat(t.get("visual-fusion")).isEqualTo(0.5); // references the facts, but no description
        assertThat(t.get("perception")).isZero();
    }

    @Test
    void anUntaggedAnswerStillCountsForOnlyAccuracy() {
        String untagged = "It shows the time, so the answer is (" + letter(clock) + ").";
        Map<String, Double> t = totals(clock, untagged);
        assertThat(t.get("only-accuracy")).isEqualTo(1.0);
        assertThat(t.get("vanilla")).isEqualTo(1.0);
        // no format; the reasoning is the whole untagged text
        assertThat(t.get("no-accuracy")).isCloseTo(untagged.length() / 1000.0, within(1e-12));
    }

    @Test
    void continuousGivesPartialCreditByDistanceOverTheOptionSpread() {
        RewardTarget n = Fixtures.numeric(List.of("2", "5", "9", "12"), "5");
        assertThat(engine.score("continuous", n, "<think>t</think><answer>C</answer>")
                        .components())
                .containsEntry("graded_accuracy", 1 - 4 / 10.0)
                .containsEntry("format_ta", 1.0);
        // a number that is not an option is graded by its value
        assertThat(engine.score("continuous", n, "<think>t</think><answer>7</answer>")
                        .total())
                .isCloseTo(1 + (1 - 2 / 10.0), within(1e-12));
        assertThat(engine.score("continuous", n, "<think>t</think><answer>40</answer>")
                        .total())
                .isEqualTo(1.0);
        assertThat(engine.score("continuous", n, "<think>t</think><answer>B</answer>")
                        .total())
                .isEqualTo(2.0);
    }

    @Test
    void perceptionSubtractsWrongAndHallucinatedFacts() {
        String hour = clock.facts().get(0).value();
        String wrongMinute =
                String.valueOf((Integer.parseInt(clock.facts().get(1).value()) + 7) % 60);
        String onlyHourRight = "<image_description>hour = " + hour + "\nminute = " + wrongMinute
                + "</image_description><think>x</think><answer>" + letter(clock) + "</answer>";
        assertThat(engine.score("perception", clock, onlyHourRight).components())
                .containsEntry("perception", (1 - 0.5) / 2);
        String withExtra =
                described(clock, letter(clock)).replace("</image_description>", "second = 12\n</image_description>");
        assertThat(engine.score("perception", clock, withExtra).components())
                .containsEntry("perception", (2 - 0.25) / 2);
    }

    @Test
    void visualGroundingNeedsKDistinctTermsAndADescription() {
        String noReferences =
                "<image_description>a clock</image_description><think>I add the offset.</think><answer>A</answer>";
        assertThat(engine.score("visual-fusion", clock, noReferences).components())
                .containsEntry("visual_grounding", 0.5);
    }

    @Test
    void noAccuracyRewardsLengthUpToTheTarget() {
        String longThink = "<image_description>d</image_description><think>" + "step. ".repeat(400) + "</think><answer>"
                + wrongLetter(clock) + "</answer>";
        assertThat(engine.score("no-accuracy", clock, longThink).total()).isEqualTo(2.0);
        String shortThink =
                "<image_description>d</image_description><think>" + "x".repeat(250) + "</think><answer>A</answer>";
        assertThat(engine.score("no-accuracy", clock, shortThink).components()).containsEntry("reasoning_length", 0.25);
    }

    @Test
    void rewardsNormaliseByTheDesignsMaximum() {
        var r = engine.score("perception", clock, described(clock, wrongLetter(clock)));
        assertThat(r.maximum()).isEqualTo(3.0);
        assertThat(r.normalised()).isEqualTo(2.0 / 3);
    }
}
