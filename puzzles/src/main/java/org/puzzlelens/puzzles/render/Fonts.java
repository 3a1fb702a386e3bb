package org.puzzlelens.puzzles.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every renderer uses. They ship inside the jar (DejaVu Sans, free licence beside them)
 * so that images are byte-identical whatever fonts a machine has installed.
 */
public final class Fonts {
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private Fonts() {}

    public static Font sans(double size) {
        return REGULAR.deriveFont((float) size);
    }

    public static Font bold(double size) {
        return BOLD.deriveFont((float) size);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font resource is damaged: " + file, e);
        }
    }
}
