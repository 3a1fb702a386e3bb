package org.puzzlelens.rewards.export;

import java.util.List;
import org.apache.parquet.io.api.Binary;

/**
 * The Parquet row shapes the engines read, as records; Carpet names their columns in snake case
 * ({@code dataSource} becomes {@code data_source}).
 */
final class ParquetRows {
    private ParquetRows() {}

    /** A chat message whose content is plain text (verl). */
    public record Message(String role, String content) {}

    /** An image as Hugging Face datasets store it: the encoded file and its name. */
    public record Image(Binary bytes, String path) {
        static Image of(ExportItem item) {
            return new Image(
                    Binary.fromConstantByteArray(item.image()),
                    item.imageFile().getFileName().toString());
        }
    }

    public record RewardModel(String style, String groundTruth) {}

    public record ExtraInfo(String split, Integer index, String id, String type, String answer, String answerLetter) {}

    /** verl: one row per prompt, {@code <image>} placeholders in the text, images embedded. */
    public record VerlRow(
            String dataSource,
            List<Message> prompt,
            List<Image> images,
            String ability,
            RewardModel rewardModel,
            ExtraInfo extraInfo) {}

    /** EasyR1: {@code problem}, {@code answer} (our label) and {@code images}. */
    public record EasyR1Row(String problem, String answer, List<Image> images, String id, String type) {}

    /** A content part of a multimodal message: {@code {"type": "image"}} or {@code {"type": "text", "text": ...}}. */
    public record Part(String type, String text) {}

    public record PartsMessage(String role, List<Part> content) {}

    /** TRL GRPOTrainer: a conversational prompt with image parts; {@code ground_truth} reaches reward functions by name. */
    public record TrlRow(
            List<PartsMessage> prompt, List<Image> images, String groundTruth, String answer, String id, String type) {}
}
