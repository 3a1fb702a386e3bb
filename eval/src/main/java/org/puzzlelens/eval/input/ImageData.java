package org.puzzlelens.eval.input;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.puzzlelens.puzzles.render.Images;

/** An image as sent to a model: encoded bytes and their media type. */
public record ImageData(byte[] bytes, String mediaType) {
    /**
     * Reads an image file; one whose longer side exceeds {@code maxSide} is scaled down and sent as
     * PNG (the benchmark sends at most 1024 px), others are sent as stored.
     */
    public static ImageData read(Path file, int maxSide) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int longSide = longSide(bytes, file);
        if (longSide <= maxSide) {
            return new ImageData(bytes, mediaType(file));
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        double scale = (double) maxSide / longSide;
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return new ImageData(Images.png(small), "image/png");
    }

    /** The longer side from the image header alone: most images are sent as stored, without decoding. */
    private static int longSide(byte[] bytes, Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": not an image this JVM can decode (use PNG or JPEG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Math.max(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String dataUrl() {
        return "data:" + mediaType + ";base64," + base64();
    }

    private static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        return "image/png";
    }
}
