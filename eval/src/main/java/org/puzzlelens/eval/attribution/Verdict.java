package org.puzzlelens.eval.attribution;

/** Why an instance was answered wrongly with the image, as far as the other conditions tell. */
public enum Verdict {
    /** Right with the image: nothing to attribute. */
    CORRECT("correct"),
    /** The model could not see the puzzle well enough (and reasoned right from the description, or no text run). */
    PERCEPTION("perception"),
    /** Wrong even from the true description, while its perception was sufficient (or not probed). */
    REASONING("reasoning"),
    /** Insufficient transcription and wrong from the description too. */
    BOTH("both"),
    /** Right from the description and a sufficient transcription, yet wrong with the image. */
    UNEXPLAINED("unexplained"),
    /** No image result, or neither text nor transcribe results to compare it with. */
    UNATTRIBUTED("unattributed");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
