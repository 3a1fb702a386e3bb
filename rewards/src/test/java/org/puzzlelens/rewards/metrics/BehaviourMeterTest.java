package org.puzzlelens.rewards.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.chat.CompletionParser;
import org.puzzlelens.puzzles.core.Fact;

class BehaviourMeterTest {
    private static final Set<String> TERMS = Set.of("hour", "minute", "3", "45", "red");

    @Test
    void measuresTheReasoningBlock() {
        String text = "<think>1. The hour hand is past 3.\n2. The minute hand is at 45. Wait, let me check: "
                + "yes, 45.\nSo 3:45 plus 2 hours.</think><answer>B</answer>";
        Behaviour b = new BehaviourMeter(s -> s.split("\\s+").length).measure(CompletionParser.parse(text), TERMS);
        assertThat(b.characters()).isEqualTo(text.length());
        assertThat(b.tokens()).hasValue(text.split("\\s+").length);
        assertThat(b.reasoningSteps()).isEqualTo(4); // three lines; the second has two sentences
        assertThat(b.selfReflections()).isEqualTo(2); // "Wait", "let me check"
        assertThat(b.visualReferences()).isEqualTo(4); // hour, 3, minute, 45
    }

    @Test
    void withoutATokenizerThereIsNoTokenCount() {
        Behaviour b = new BehaviourMeter(null).measure(CompletionParser.parse("plain"), TERMS);
        assertThat(b.tokens()).isEmpty();
        assertThat(b.reasoningSteps()).isEqualTo(1);
    }

    @Test
    void stepsSkipEmptyAndPunctuationOnlyLines() {
        assertThat(BehaviourMeter.steps("First.\n\n---\nThen. Finally done")).isEqualTo(3);
    }

    @Test
    void visualTermsComeFromFactKeysAndValues() {
        var facts = List.of(Fact.of("r3c4", "wall"), Fact.of("peg 2", "4,1"));
        assertThat(VisualTerms.of(facts)).containsExactly("r3c4", "wall", "peg", "2", "4", "1");
        assertThat(VisualTerms.mentioned(VisualTerms.of(facts), "A wall at r3c4, a wall again"))
                .isEqualTo(2);
    }
}
