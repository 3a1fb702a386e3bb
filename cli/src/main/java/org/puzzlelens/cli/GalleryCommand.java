package org.puzzlelens.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;
import org.puzzlelens.puzzles.render.Images;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "gallery",
        mixinStandardHelpOptions = true,
        description =
                "Write one instance of each type into a single self-contained HTML page (image, question, options, "
                        + "answer) and a PNG contact sheet, to look at every type at once.")
final class GalleryCommand implements Callable<Integer> {
    private static final int THUMB = 256;
    private static final int LABEL = 40;
    private static final int COLUMNS = 6;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--types", description = "Default: ${DEFAULT-VALUE}")
    String types = "all";

    @Option(names = "--seed", description = "Default: ${DEFAULT-VALUE}")
    long seed = 42;

    @Option(names = "--index", description = "which instance of each type. Default: ${DEFAULT-VALUE}")
    int index = 0;

    @Option(names = "--preset", converter = SuiteOptions.PresetConverter.class, description = "Default: algopuzzlevqa")
    Preset preset = Preset.ALGOPUZZLEVQA;

    @Option(
            names = "--image-size",
            paramLabel = "PX",
            description = "image size in the page. Default: ${DEFAULT-VALUE}")
    int imageSize = 512;

    @Override
    public Integer call() throws Exception {
        Images.checkSize(imageSize);
        List<PuzzleType<?>> selected = Registry.get().select(types);
        Files.createDirectories(out);
        StringBuilder cards = new StringBuilder();
        List<BufferedImage> thumbs = new ArrayList<>();
        List<PuzzleInstance> shown = new ArrayList<>();
        ProgressBars progress = new ProgressBars();
        progress.begin("gallery", selected.size());
        try {
            for (PuzzleType<?> type : selected) {
                PuzzleInstance inst = Instances.create(type, seed, index, preset);
                BufferedImage image = Images.render(type, inst.state(), imageSize);
                byte[] png = Images.png(image);
                Files.write(out.resolve(type.info().name() + ".png"), png);
                cards.append(card(inst, Base64.getEncoder().encodeToString(png)));
                thumbs.add(Images.render(type, inst.state(), THUMB));
                shown.add(inst);
                progress.advance(1);
            }
        } finally {
            progress.end();
        }
        Files.writeString(out.resolve("index.html"), page(cards.toString()));
        Files.write(out.resolve("contact-sheet.png"), Images.png(contactSheet(shown, thumbs)));
        System.out.println("wrote " + out.resolve("index.html") + " and " + out.resolve("contact-sheet.png") + " ("
                + shown.size() + " types)");
        return 0;
    }

    private static String card(PuzzleInstance inst, String pngBase64) {
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < inst.options().size(); i++) {
            String o = html(inst.options().get(i));
            options.append("<li")
                    .append(i == inst.answerIndex() ? " class=answer" : "")
                    .append(">(")
                    .append((char) ('A' + i))
                    .append(") ")
                    .append(o)
                    .append("</li>");
        }
        var info = inst.type().info();
        return "<section><h2>" + html(info.name()) + " <small>"
                + html(info.suite().title())
                + (info.inDomain() ? "" : ", out-of-domain") + " &middot; "
                + html(String.join(
                        " ", info.tags().stream().map(Enum::name).sorted().toList())) + "</small></h2>"
                + "<img alt='" + html(inst.id()) + "' src='data:image/png;base64," + pngBase64 + "'>"
                + "<p>" + html(inst.question()) + "</p><ol>" + options + "</ol>"
                + "<details><summary>description and trace</summary><p>" + html(inst.description()) + "</p><ol>"
                + inst.trace().stream().map(t -> "<li>" + html(t) + "</li>").reduce("", String::concat)
                + "</ol></details></section>\n";
    }

    private static String page(String cards) {
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>PuzzleLens gallery</title><style>
                body{font-family:sans-serif;margin:2em;background:#f6f6f4}
                main{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1.5em}
                section{background:#fff;padding:1em;border-radius:8px;box-shadow:0 1px 3px #0002}
                img{width:100%;height:auto;border:1px solid #ddd}
                h2 small{font-weight:normal;color:#666;font-size:60%}
                li.answer{font-weight:bold;color:#1a7f37}
                ol{list-style:none;padding-left:0}
                </style></head><body><h1>PuzzleLens gallery</h1>
                <p>One instance of each puzzle type; the answer is in bold green.</p><main>
                """ + cards + "</main></body></html>\n";
    }

    private static BufferedImage contactSheet(List<PuzzleInstance> shown, List<BufferedImage> thumbs) {
        int rows = (thumbs.size() + COLUMNS - 1) / COLUMNS;
        int cell = THUMB + 16;
        BufferedImage sheet = new BufferedImage(COLUMNS * cell, rows * (cell + LABEL), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            for (int i = 0; i < thumbs.size(); i++) {
                int x = (i % COLUMNS) * cell + 8;
                int y = (i / COLUMNS) * (cell + LABEL) + 8;
                BufferedImage t = thumbs.get(i);
                g.drawImage(t, x + (THUMB - t.getWidth()) / 2, y + (THUMB - t.getHeight()) / 2, null);
                g.setColor(Color.LIGHT_GRAY);
                g.drawRect(x, y, THUMB, THUMB);
                g.setColor(Color.BLACK);
                PuzzleInstance inst = shown.get(i);
                Draw.centred(g, inst.typeName(), Fonts.bold(15), x + THUMB / 2.0, y + THUMB + 14);
                String answer = "answer: " + inst.answer();
                Draw.centred(
                        g,
                        answer.length() > 34 ? answer.substring(0, 33) + "…" : answer,
                        Fonts.sans(13),
                        x + THUMB / 2.0,
                        y + THUMB + 32);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private static String html(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
