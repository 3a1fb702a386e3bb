package org.puzzlelens.eval.input;

import java.nio.file.Path;
import java.util.List;

/**
 * Instances whose image is not on disk were asked for under an image condition. The released data
 * ships only the first three images per type, so the message names the file and the ways out.
 */
public final class MissingImagesException extends RuntimeException {
    private final List<Path> missing;

    public MissingImagesException(List<Path> missing) {
        super(message(missing));
        this.missing = List.copyOf(missing);
    }

    public List<Path> missing() {
        return missing;
    }

    private static String message(List<Path> missing) {
        return missing.size() + " image(s) not found, first " + missing.getFirst()
                + ". The released AlgoPuzzleVQA/PuzzleVQA files ship only the first 3 images per type: "
                + "put the full image set (declare-lab/LLM-PuzzleTest) next to the .json files, "
                + "or run only the text condition (--conditions text), or evaluate the first 3 per type (--limit 3), "
                + "or generate a suite with images (puzzlelens generate).";
    }
}
