package org.puzzlelens.rewards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Records;

/** Clock instances as records and targets, and completions written around them. */
public final class Fixtures {
    private Fixtures() {}

    public static PuzzleInstance clock(int index) {
        return Instances.create(Registry.get().type("clock"), 42, index, Preset.ALGOPUZZLEVQA);
    }

    public static ObjectNode record(int index) {
        PuzzleInstance inst = clock(index);
        return Records.write(inst, "images/clock/" + inst.imageFileName());
    }

    public static RewardTarget target(int index) {
        return RewardTargets.of(record(index), "test", Registry.get());
    }

    /** A target whose options are numbers, for graded accuracy. */
    public static RewardTarget numeric(List<String> options, String answer) {
        return new RewardTarget(
                "numeric",
                Registry.get().type("clock"),
                options,
                answer,
                options.indexOf(answer),
                List.of(Fact.of("hour", 3), Fact.of("minute", 15)));
    }

    public static char letter(RewardTarget t) {
        return Options.letter(t.answerIndex());
    }

    public static char wrongLetter(RewardTarget t) {
        return Options.letter((t.answerIndex() + 1) % t.options().size());
    }

    public static String trueFacts(RewardTarget t) {
        return Facts.format(t.facts());
    }

    /** Description, then reasoning that names the shown hour and minute, then the given letter. */
    public static String described(RewardTarget t, char letter) {
        return "<image_description>\n" + trueFacts(t) + "</image_description>\n" + "<think>" + reasoning(t)
                + "</think>\n<answer>" + letter + "</answer>";
    }

    /** Reasoning that uses the puzzle's own numbers: the values of its facts. */
    public static String reasoning(RewardTarget t) {
        return "The clock shows hour " + t.facts().get(0).value() + " and minute "
                + t.facts().get(1).value() + ". Adding the offset gives the answer.";
    }
}
