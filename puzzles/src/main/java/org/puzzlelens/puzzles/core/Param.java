package org.puzzlelens.puzzles.core;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * A difficulty parameter of a puzzle type, with its range under each preset and the values it may
 * take at all. Each instance draws its own value, so a suite mixes difficulties within the preset's
 * range. A generator declares each parameter as a constant and reads it typed:
 * {@code static final Param.Int MINUTE_STEP = ...; int step = params.get(MINUTE_STEP);}.
 */
public sealed interface Param {
    String name();

    String meaning();

    /** Draws this parameter's value for one instance; the value is an Integer or a String. */
    Object draw(Preset preset, RandomGenerator rng);

    /** Parses a value given on the command line, checking it is well-formed and legal. */
    Object parse(String text);

    String rangeText(Preset preset);

    /** The values it may take at all, in words. */
    String legalText();

    /**
     * An integer parameter; {@code algopuzzlevqa} is the released range, and every preset's range
     * lies within {@code legal}.
     */
    record Int(String name, String meaning, IntRange easy, IntRange algopuzzlevqa, IntRange hard, IntDomain legal)
            implements Param {
        public Int {
            for (IntRange r : List.of(easy, algopuzzlevqa, hard)) {
                if (IntStream.rangeClosed(r.min(), r.max()).anyMatch(v -> !legal.allows(v))) {
                    throw new IllegalArgumentException("parameter " + name + ": the preset range " + r
                            + " leaves its legal values, " + legal.text());
                }
            }
        }

        /** Legal values are those the presets span: the values the type is built and tested for. */
        public Int(String name, String meaning, IntRange easy, IntRange algopuzzlevqa, IntRange hard) {
            this(
                    name,
                    meaning,
                    easy,
                    algopuzzlevqa,
                    hard,
                    IntDomain.range(
                            Math.min(easy.min(), Math.min(algopuzzlevqa.min(), hard.min())),
                            Math.max(easy.max(), Math.max(algopuzzlevqa.max(), hard.max()))));
        }

        public static Int same(String name, String meaning, IntRange everywhere) {
            return new Int(name, meaning, everywhere, everywhere, everywhere);
        }

        /** The same parameter with a wider legal domain than the presets span. */
        public Int legal(IntDomain domain) {
            return new Int(name, meaning, easy, algopuzzlevqa, hard, domain);
        }

        public IntRange range(Preset preset) {
            return switch (preset) {
                case EASY -> easy;
                case ALGOPUZZLEVQA -> algopuzzlevqa;
                case HARD -> hard;
            };
        }

        @Override
        public Object draw(Preset preset, RandomGenerator rng) {
            return range(preset).draw(rng);
        }

        /** What the generator, solver and renderer are built for: the presets' ranges together. */
        public IntRange supported() {
            return IntRange.of(
                    Math.min(easy.min(), Math.min(algopuzzlevqa.min(), hard.min())),
                    Math.max(easy.max(), Math.max(algopuzzlevqa.max(), hard.max())));
        }

        @Override
        public Object parse(String text) {
            int value;
            try {
                value = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter " + name + " takes an integer, not '" + text + "'");
            }
            if (!legal.allows(value)) {
                throw new IllegalArgumentException("parameter " + name + " takes " + legal.text() + ", not " + value);
            }
            return value;
        }

        @Override
        public String rangeText(Preset preset) {
            return range(preset).toString();
        }

        @Override
        public String legalText() {
            return legal.text();
        }
    }

    /** A categorical parameter (a question kind, say), drawn uniformly from the preset's choices. */
    record Choice(String name, String meaning, Map<Preset, List<String>> choices) implements Param {
        public static Choice same(String name, String meaning, List<String> everywhere) {
            return new Choice(
                    name,
                    meaning,
                    Map.of(Preset.EASY, everywhere, Preset.ALGOPUZZLEVQA, everywhere, Preset.HARD, everywhere));
        }

        public List<String> choices(Preset preset) {
            return choices.get(preset);
        }

        @Override
        public Object draw(Preset preset, RandomGenerator rng) {
            List<String> options = choices(preset);
            return options.get(rng.nextInt(options.size()));
        }

        /** Every choice of any preset, each once, in preset order. */
        public List<String> legal() {
            return Arrays.stream(Preset.values())
                    .flatMap(p -> choices(p).stream())
                    .distinct()
                    .toList();
        }

        @Override
        public Object parse(String text) {
            String value = text.trim();
            if (!legal().contains(value)) {
                throw new IllegalArgumentException(
                        "parameter " + name + " takes " + legalText() + ", not '" + text + "'");
            }
            return value;
        }

        @Override
        public String rangeText(Preset preset) {
            return String.join("|", choices(preset));
        }

        @Override
        public String legalText() {
            return "one of " + String.join(", ", legal());
        }
    }
}
