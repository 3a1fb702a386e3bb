package org.puzzlelens.train.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionLanguageModel;

/** The FLOP count against the shapes of an initialised model's weights, counted independently. */
class ModelFlopsTest {
    private static final ModelConfig LAB = ModelConfig.lab(512);

    /** Two FLOPs per weight per position for every decoder matrix, plus the scored keys and the head. */
    @Test
    void textForwardIsTwoFlopsPerDecoderWeightPerPositionPlusAttentionAndHead() {
        int positions = 50;
        int predicted = 20;
        long decoderMatrices = 0;
        try (NDManager m = NDManager.newBaseManager();
                VisionLanguageModel model = VisionLanguageModel.initialise(LAB, 1, m, DataType.FLOAT32)) {
            for (Map.Entry<String, NDArray> e : model.weights().all().entrySet()) {
                if (e.getKey().startsWith("model.layers.")
                        && e.getValue().getShape().dimension() == 2) {
                    decoderMatrices += e.getValue().getShape().size();
                }
            }
        }
        double attention = 4.0 * positions * LAB.hiddenSize() * positions * LAB.layers();
        double head = 2.0 * LAB.hiddenSize() * LAB.vocabSize() * predicted;
        double expected = 3 * (2.0 * decoderMatrices * positions + attention + head);

        assertThat(new ModelFlops(LAB).trainingStep(3, positions, predicted, false))
                .isEqualTo(3 * expected);
    }

    @Test
    void anImageAddsItsPatchesAsPositionsAndTheEncoderWork() {
        ModelFlops flops = new ModelFlops(LAB);
        double withImage = flops.forward(1, 50, 20, true);
        double textOnly = flops.forward(1, 50, 20, false);
        double longerText = flops.forward(1, 50 + LAB.vision().patches(), 20, false);

        assertThat(withImage).isGreaterThan(longerText); // the same decoder positions, plus the vision encoder
        assertThat(longerText).isGreaterThan(textOnly);
    }
}
