package org.puzzlelens.rewards.export;

import java.util.Locale;

/** The engines we export to, and the file each writes. */
public enum ExportFormat {
    VERL("parquet"),
    EASYR1("parquet"),
    OPENRLHF("jsonl"),
    TRL("parquet");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String fileName(String split) {
        return split + "." + extension;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the formats */
    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.id().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + text
                + "'; use verl, easyr1, openrlhf or trl (or hf: a Hugging Face dataset folder)");
    }
}
