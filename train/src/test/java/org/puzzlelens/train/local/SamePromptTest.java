package org.puzzlelens.train.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.ModelRequest;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.ResponseStyle;

/**
 * The built-in model is asked in the same words in every phase: the warm start's tagged style, GRPO,
 * and the evaluation through the local backend (reading the instance back from a written suite, as
 * the study does) build identical prompt strings for the same instance and condition.
 */
class SamePromptTest {
    @TempDir
    Path dir;

    @Test
    void warmStartGrpoAndEvaluationAskIdentically() throws Exception {
        List<PuzzleType<?>> types =
                List.of(Registry.get().type("clock"), Registry.get().type("calendar"));
        new SuiteWriter(1).write(dir, new SuiteSpec(types, 2, 5, Preset.ALGOPUZZLEVQA, 64), Progress.NONE);
        List<EvalItem> items = new ItemLoader(Registry.get()).load(List.of(dir), null, 0);
        Prompts evaluation = new Prompts(PromptTemplate.TAGGED, 1024);
        assertThat(items).hasSize(4);
        for (EvalItem item : items) {
            PuzzleInstance instance = Instances.create(item.type(), 5, index(item), Preset.ALGOPUZZLEVQA);
            for (Condition condition : List.of(Condition.IMAGE, Condition.TEXT, Condition.IMAGE_TEXT)) {
                ModelRequest request = new ModelRequest(
                        item,
                        condition,
                        evaluation.messages(item, condition),
                        List.of(0),
                        new Sampling(0, null, 16, null));
                String evaluated = LocalBackend.promptText(request);
                String grpo = ChatFormat.studyPrompt(instance, condition);
                String warmStart = ChatFormat.prompt(instance, condition, ResponseStyle.TAGGED.instruction());
                assertThat(grpo)
                        .as(item.id() + " " + condition)
                        .isEqualTo(evaluated)
                        .isEqualTo(warmStart)
                        .contains(instance.question())
                        .contains(PromptTemplate.TAGGED_INSTRUCTION);
                assertThat(grpo.contains(instance.description())).isEqualTo(condition.usesDescription());
            }
        }
    }

    private static int index(EvalItem item) {
        return Integer.parseInt(item.id().substring(item.id().lastIndexOf('-') + 1));
    }
}
