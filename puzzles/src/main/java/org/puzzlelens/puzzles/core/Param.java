package org.puzzlelens.puzzles.core;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A difficulty parameter of a puzzle type, with its range under each preset. Each instance draws
 * its own value, so a suite mixes difficulties within the preset's range.
 */
public sealed interface Param {
    String name();

    String meaning();

    /** Draws this parameter's value for one instance; the value is an Integer or a String. */
    Object draw(Preset preset, RandomGenerator rng);

    /** Parses a value given on the command line, checking it is well-formed. */
    Object parse(String text);

    String rangeText(Preset preset);

    /** An integer parameter; {@code algopuzzlevqa} is the released range. */
    record Int(String name, String meaning, IntRange easy, IntRange algopuzzlevqa, IntRange hard)
            implements Param {
        public static Int same(String name, String meaning, IntRange everywhere) {
            return new Int(name, meaning, everywhere, everywhere, everywhere);
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
            return IntRange.of(Math.min(easy.min(), Math.min(algopuzzlevqa.min(), hard.min())),
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
            if (value < supported().min() || value > supported().max()) {
                throw new IllegalArgumentException("parameter " + name + " = " + value + " is outside the supported range "
                        + supported() + " (from the easy to the hard preset)");
            }
            return value;
        }

        @Override
        public String rangeText(Preset preset) {
            return range(preset).toString();
        }
    }

    /** A categorical parameter (a question kind, say), drawn uniformly from the preset's choices. */
    record Choice(String name, String meaning, Map<Preset, List<String>> choices) implements Param {
        public static Choice same(String name, String meaning, List<String> everywhere) {
            return new Choice(name, meaning,
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

        @Override
        public Object parse(String text) {
            String value = text.trim();
            if (choices.values().stream().noneMatch(list -> list.contains(value))) {
                throw new IllegalArgumentException("parameter " + name + " takes one of "
                        + choices(Preset.HARD) + ", not '" + text + "'");
            }
            return value;
        }

        @Override
        public String rangeText(Preset preset) {
            return String.join("|", choices(preset));
        }
    }
}
