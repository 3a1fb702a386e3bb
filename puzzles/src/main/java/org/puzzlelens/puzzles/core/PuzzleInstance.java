package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * One generated puzzle: its provenance (type, seed, index, preset, drawn parameters), what a model is
 * asked (question, options), what the solver derived (answer, released solution fields, trace), and
 * fields PuzzleVQA records carry at top level, and the textual side of the same state (description, facts). The image is rendered from {@code state}.
 */
public record PuzzleInstance(
        String id,
        PuzzleType<?> type,
        long seed,
        int index,
        Preset preset,
        Parameters parameters,
        Record state,
        String question,
        List<String> options,
        String answer,
        ObjectNode solution,
        ObjectNode topLevel,
        List<String> trace,
        String description,
        List<Fact> facts) {

    public PuzzleInstance {
        options = List.copyOf(options);
        trace = List.copyOf(trace);
        facts = List.copyOf(facts);
        if (!options.contains(answer)) {
            throw new IllegalStateException(id + ": answer " + answer + " is not among " + options);
        }
    }

    public static String id(String type, long seed, int index) {
        return String.format(Locale.ROOT, "%s-s%d-%05d", type, seed, index);
    }

    public String typeName() {
        return type.info().name();
    }

    public int answerIndex() {
        return options.indexOf(answer);
    }

    public char answerLetter() {
        return Options.letter(answerIndex());
    }

    /** The image file name used inside a suite folder, e.g. {@code clock_00007.png}. */
    public String imageFileName() {
        return imageFileName("png");
    }

    /** The image's file name with the given suffix (without the dot): {@code clock_00003.jpg}. */
    public String imageFileName(String extension) {
        return String.format(Locale.ROOT, "%s_%05d.%s", typeName(), index, extension);
    }
}
