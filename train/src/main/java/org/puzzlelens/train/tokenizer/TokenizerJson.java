package org.puzzlelens.train.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes a {@link BpeTokenizer} as a Hugging Face {@code tokenizer.json}. */
public final class TokenizerJson {
    public static final String FILE = "tokenizer.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenizerJson() {}

    public static void write(BpeTokenizer tokenizer, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (AddedToken t : tokenizer.added()) {
            added.addObject()
                    .put("id", t.id())
                    .put("content", t.content())
                    .put("single_word", false)
                    .put("lstrip", false)
                    .put("rstrip", false)
                    .put("normalized", false)
                    .put("special", t.special());
        }
        root.putNull("normalizer");
        root.set("pre_tokenizer", byteLevel("ByteLevel").put("add_prefix_space", false));
        root.putNull("post_processor");
        root.set("decoder", byteLevel("ByteLevel").put("add_prefix_space", false));
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.put("ignore_merges", false); // always merge, as our encoder does, even for whole words in the vocabulary
        ObjectNode vocab = model.putObject("vocab");
        tokenizer.vocab().forEach(vocab::put);
        ArrayNode merges = model.putArray("merges");
        tokenizer.merges().forEach(merges::add);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ObjectNode byteLevel(String type) {
        return JSON.createObjectNode()
                .put("type", type)
                .put("trim_offsets", true)
                .put("use_regex", true);
    }

    public static BpeTokenizer read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode model = root.path("model");
        if (!"BPE".equals(model.path("type").asText())
                || !"ByteLevel".equals(root.path("pre_tokenizer").path("type").asText())) {
            throw new IOException(file + ": not a byte-level BPE tokenizer");
        }
        List<AddedToken> added = new ArrayList<>();
        root.path("added_tokens")
                .forEach(t -> added.add(new AddedToken(
                        t.path("id").asInt(),
                        t.path("content").asText(),
                        t.path("special").asBoolean())));
        Map<String, Integer> vocab = new LinkedHashMap<>();
        model.path("vocab")
                .properties()
                .forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        List<String> merges = new ArrayList<>();
        model.path("merges")
                .forEach(m -> merges.add(
                        m.isArray() ? m.get(0).asText() + " " + m.get(1).asText() : m.asText()));
        return new BpeTokenizer(added, vocab, merges);
    }
}
