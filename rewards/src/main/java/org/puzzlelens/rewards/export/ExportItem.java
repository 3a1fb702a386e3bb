package org.puzzlelens.rewards.export;

import java.nio.file.Path;

/**
 * One suite record made ready for an engine: the prompt text (without image placeholder), the
 * image, and the label our reward service grades against.
 *
 * @param imageFile the image inside the export folder
 */
record ExportItem(
        String id,
        String type,
        int index,
        String prompt,
        byte[] image,
        Path imageFile,
        String label,
        String answer,
        String answerLetter) {}
