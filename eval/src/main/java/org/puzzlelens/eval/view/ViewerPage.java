package org.puzzlelens.eval.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-sample viewer: one self-contained HTML file (data, images and script inline), so that it
 * opens from the file system as well as from {@link ViewerServer}. The page itself is the resource
 * {@code viewer.html}; its script renders the samples it finds in the embedded JSON.
 */
public final class ViewerPage {
    private static final String DATA_SLOT = "/*PUZZLELENS_DATA*/";
    private static final String TITLE_SLOT = "PUZZLELENS_TITLE";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewerPage() {}

    /**
     * @param images image key to a {@code data:} URL, so that the page needs no other file
     * @return the page's HTML
     */
    public static String render(String title, List<Sample> samples, Map<String, String> images) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        data.put("samples", samples);
        data.put("images", images);
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the viewer's data: " + e.getMessage(), e);
        }
        // inside <script> only "</" could end the element early; "<\/" means the same to JSON
        return template().replace(TITLE_SLOT, escape(title)).replace(DATA_SLOT, json.replace("</", "<\\/"));
    }

    public static Path write(Path file, String title, List<Sample> samples, Map<String, String> images)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, render(title, samples, images));
        return file;
    }

    private static String template() {
        try (InputStream in = ViewerPage.class.getResourceAsStream("viewer.html")) {
            if (in == null) {
                throw new IllegalStateException("viewer.html missing from the eval jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
