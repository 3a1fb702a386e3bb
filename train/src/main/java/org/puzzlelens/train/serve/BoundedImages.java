package org.puzzlelens.train.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image only after reading the size its header declares: a small file can declare
 * 100,000 x 100,000 pixels, and decoding it would allocate gigabytes.
 */
final class BoundedImages {
    private BoundedImages() {}

    static BufferedImage read(byte[] bytes, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException(
                        "the image data URL holds no readable image (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    throw new IllegalArgumentException(
                            "the image declares " + width + " x " + height + " pixels; at most " + maxPixels
                                    + " pixels are accepted (e.g. 4096 x 4096): send it scaled down");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable image: " + e.getMessage());
        }
    }
}
