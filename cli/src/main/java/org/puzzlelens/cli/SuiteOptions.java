package org.puzzlelens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.render.ImageFormat;
import org.puzzlelens.puzzles.render.Images;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say which instances a suite holds. */
final class SuiteOptions {
    @Option(
            names = "--types",
            paramLabel = "a,b,c",
            description =
                    "puzzle types, comma-separated; or all, algopuzzlevqa (in-domain), puzzlevqa (out-of-domain). Default: ${DEFAULT-VALUE}")
    String types = "all";

    @Option(
            names = "--seed",
            description = "suite seed; instance i of type t depends only on (seed, t, i). Default: ${DEFAULT-VALUE}")
    long seed = 42;

    @Option(
            names = "--preset",
            converter = PresetConverter.class,
            description = "difficulty: easy, algopuzzlevqa (the released ranges) or hard. Default: algopuzzlevqa")
    Preset preset = Preset.ALGOPUZZLEVQA;

    @Option(
            names = "--image-size",
            paramLabel = "PX",
            description = "longer image side in pixels. Default: ${DEFAULT-VALUE}")
    int imageSize = Images.DEFAULT_SIZE;

    @Option(
            names = "--image-format",
            paramLabel = "png|jpeg",
            description =
                    "png (lossless, default) or jpeg (files named .jpg, as the released benchmark ships). Default: ${DEFAULT-VALUE}")
    String imageFormat = "png";

    @Option(
            names = "--quality",
            paramLabel = "1..100",
            description = "JPEG quality; default " + ImageFormat.Jpeg.DEFAULT_QUALITY
                    + ", Pillow's default, as the released images")
    Integer quality;

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description = "fix a difficulty parameter for every type that has it (see `puzzlelens types`); repeatable")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--threads", description = "worker threads. Default: the number of cores (${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    SuiteSpec spec(int count) {
        return new SuiteSpec(
                Registry.get().select(types),
                count,
                seed,
                preset,
                imageSize,
                params,
                ImageFormat.of(imageFormat, quality));
    }

    static final class PresetConverter implements CommandLine.ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            return Preset.parse(value);
        }
    }
}
