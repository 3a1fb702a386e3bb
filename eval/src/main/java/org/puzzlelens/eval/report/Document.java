package org.puzzlelens.eval.report;

import java.util.ArrayList;
import java.util.List;

/** A report as a list of blocks, written out as Markdown or HTML by the same content. */
public final class Document {
    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public Document(String title) {
        this.title = title;
    }

    public sealed interface Block permits Heading, Paragraph, Table, Chart {}

    public record Heading(int level, String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException(
                            "row " + r + " has " + r.size() + " cells, header " + header.size());
                }
            }
        }
    }

    /**
     * @param name file name stem, unique within the document
     * @param svg the chart as SVG text (see {@link Charts})
     */
    public record Chart(String name, String caption, String svg) implements Block {}

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public Document heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    public Document paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    public Document table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(header, rows));
        return this;
    }

    public Document chart(String name, String caption, String svg) {
        blocks.add(new Chart(name, caption, svg));
        return this;
    }
}
