package org.puzzlelens.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code report.html}: one self-contained page, charts inline as SVG. */
public final class HtmlWriter {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}th{background:#f3f3f3}
            tr:nth-child(even) td{background:#fafafa}svg{max-width:100%;height:auto;border:1px solid #eee}
            figure{margin:1em 0}figcaption{font-size:.85em;color:#555}""";

    private HtmlWriter() {}

    public static Path write(Document doc, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder out = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(doc.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(doc.title()))
                .append("</h1>\n");
        for (Document.Block block : doc.blocks()) {
            switch (block) {
                case Document.Heading h ->
                    out.append("<h")
                            .append(h.level() + 1)
                            .append('>')
                            .append(escape(h.text()))
                            .append("</h")
                            .append(h.level() + 1)
                            .append(">\n");
                case Document.Paragraph p ->
                    out.append("<p>").append(inline(escape(p.text()))).append("</p>\n");
                case Document.Table t -> table(out, t);
                case Document.Chart c ->
                    out.append("<figure id=\"chart-")
                            .append(c.name())
                            .append("\">")
                            .append(c.svg())
                            .append("<figcaption>")
                            .append(escape(c.caption()))
                            .append("</figcaption></figure>\n");
            }
        }
        out.append("</body></html>\n");
        Path file = dir.resolve("report.html");
        Files.writeString(file, out);
        return file;
    }

    private static void table(StringBuilder out, Document.Table t) {
        out.append("<table><thead><tr>");
        t.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>\n");
        for (var row : t.rows()) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /** Markdown's `code` spans, **bold** and [links](href), the only inline markup the report's paragraphs use. */
    private static String inline(String html) {
        return html.replaceAll("`([^`]+)`", "<code>$1</code>")
                .replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>")
                .replaceAll("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)", "<a href=\"$2\">$1</a>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
