package org.puzzlelens.puzzles.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** How a rendered image is written to a file: lossless PNG (the default) or JPEG, as the released benchmark ships. */
public sealed interface ImageFormat {
    /** The file name suffix, without the dot. */
    String extension();

    byte[] encode(BufferedImage image);

    /** The format as a suite manifest records it, so that a rerun can insist on the same one. */
    String describe();

    ImageFormat PNG = new Png();

    /**
     * The format named {@code name} ({@code png} or {@code jpeg}/{@code jpg}); {@code quality} is
     * JPEG's 1-100 and must be absent for PNG.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    static ImageFormat of(String name, Integer quality) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "png" -> {
                if (quality != null) {
                    throw new IllegalArgumentException(
                            "--quality applies to JPEG only; drop it or use --image-format jpeg");
                }
                yield PNG;
            }
            case "jpeg", "jpg" -> new Jpeg(quality == null ? Jpeg.DEFAULT_QUALITY : quality);
            default -> throw new IllegalArgumentException("unknown image format '" + name + "': use png or jpeg");
        };
    }

    /** Lossless, encoded by {@link PngEncoder} (measurements in docs/PERFORMANCE.md). */
    record Png() implements ImageFormat {
        @Override
        public String extension() {
            return "png";
        }

        @Override
        public byte[] encode(BufferedImage image) {
            return PngEncoder.encode(image);
        }

        @Override
        public String describe() {
            return "png";
        }
    }

    /**
     * Baseline JPEG through ImageIO (JFIF, 4:2:0 chroma), as the released AlgoPuzzleVQA images are
     * (matplotlib and Pillow at Pillow's default quality, 75).
     *
     * @param quality 1 (smallest) to 100 (best)
     */
    record Jpeg(int quality) implements ImageFormat {
        public static final int DEFAULT_QUALITY = 75;

        public Jpeg {
            if (quality < 1 || quality > 100) {
                throw new IllegalArgumentException("JPEG --quality must be 1..100, got " + quality);
            }
        }

        @Override
        public String extension() {
            return "jpg";
        }

        @Override
        public byte[] encode(BufferedImage image) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(asThreeByteBgr(image), null, null), param);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }

        @Override
        public String describe() {
            return "jpeg:" + quality;
        }

        /**
         * ImageIO's JPEG writer hands byte-interleaved rasters to libjpeg as they are but converts
         * int pixels one by one: copying to bytes first made a 3179 px clock about 1.3-3x faster.
         */
        private static BufferedImage asThreeByteBgr(BufferedImage image) {
            if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
                return image;
            }
            return Images.copyAs(image, BufferedImage.TYPE_3BYTE_BGR);
        }
    }
}
