package org.puzzlelens.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code report.md} and its charts as {@code charts/<name>.svg} beside it. */
public final class MarkdownWriter {
    private MarkdownWriter() {}

    public static Path write(Document doc, Path dir) throws IOException {
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        StringBuilder out = new StringBuilder("# ").append(doc.title()).append("\n\n");
        for (Document.Block block : doc.blocks()) {
            switch (block) {
                case Document.Heading h ->
                    out.append("#".repeat(h.level() + 1))
                            .append(' ')
                            .append(h.text())
                            .append("\n\n");
                case Document.Paragraph p -> out.append(p.text()).append("\n\n");
                case Document.Table t -> table(out, t);
                case Document.Chart c -> {
                    Files.writeString(charts.resolve(c.name() + ".svg"), c.svg());
                    out.append("![")
                            .append(c.caption())
                            .append("](charts/")
                            .append(c.name())
                            .append(".svg)\n\n");
                }
            }
        }
        Path file = dir.resolve("report.md");
        Files.writeString(file, out);
        return file;
    }

    private static void table(StringBuilder out, Document.Table t) {
        row(out, t.header());
        out.append('|').append(" --- |".repeat(t.header().size())).append('\n');
        t.rows().forEach(r -> row(out, r));
        out.append('\n');
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(c.replace("|", "\\|")).append(" |"));
        out.append('\n');
    }
}
