package org.puzzlelens.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.puzzles.core.Seeds.Purpose;
import org.puzzlelens.puzzles.io.ContentKey;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.grpo.GrpoOptions;
import org.puzzlelens.train.grpo.GrpoTrainer;
import org.puzzlelens.train.pretrain.PretrainOptions;
import org.puzzlelens.train.pretrain.Pretrainer;

/**
 * The content of every puzzle the study's models trained on (the warm start's and GRPO's, by
 * {@link ContentKey}), so that test instances equal to one of them are left out of the evaluation
 * and the report states how many there were.
 */
record TrainTestOverlap(Set<String> trained) {
    static TrainTestOverlap of(PretrainOptions warmStart, GrpoOptions grpo) {
        Set<String> keys = new HashSet<>();
        add(keys, Pretrainer.stream(warmStart, Purpose.WARM_START_PUZZLES), Pretrainer.puzzlesSeen(warmStart));
        add(keys, GrpoTrainer.stream(grpo), GrpoTrainer.puzzlesSeen(grpo));
        return new TrainTestOverlap(Set.copyOf(keys));
    }

    private static void add(Set<String> keys, PuzzleStream stream, long count) {
        for (long n = 0; n < count; n++) {
            keys.add(ContentKey.of(stream.get(n)));
        }
    }

    boolean seen(EvalItem item) {
        return trained.contains(ContentKey.of(item.typeName(), item.question(), item.state()));
    }

    /** The items a model was not trained on. */
    List<EvalItem> unseen(List<EvalItem> items) {
        return items.stream().filter(i -> !seen(i)).toList();
    }

    /** The report's line: what was found and left out, and the overlap that remains (0). */
    String line(List<EvalItem> tests) {
        long found = tests.stream().filter(this::seen).count();
        long remaining = unseen(tests).stream().filter(this::seen).count();
        return String.format(
                Locale.ROOT,
                "Train/test overlap by content (type, question and state): %d of %d test "
                        + "instances equal one of the %d distinct puzzles the models trained on (warm start and GRPO) and are "
                        + "left out of the evaluation; overlap after excluding them: %d.",
                found,
                tests.size(),
                trained.size(),
                remaining);
    }
}
