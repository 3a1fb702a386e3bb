package org.puzzlelens.train.tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A byte-level BPE tokenizer that encodes exactly as Hugging Face's tokenizers library does with the
 * same tokenizer.json: added tokens are cut out first, the rest is split by the GPT-2 pattern, mapped
 * to byte-level characters, and merged pair by pair, lowest merge rank first.
 */
public final class BpeTokenizer {
    private final List<AddedToken> added;
    private final Map<String, Integer> vocab;
    private final List<String> merges;
    private final String[] tokens;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, Integer> addedIds = new HashMap<>();
    private final Map<Integer, AddedToken> addedById = new HashMap<>();
    private final Pattern addedPattern;
    private final Map<String, int[]> wordCache = new ConcurrentHashMap<>();

    /**
     * @param added added tokens (special or not), cut out of the text before BPE
     * @param vocab every token and its id, added tokens included
     * @param merges pairs "left right" in rank order
     */
    public BpeTokenizer(List<AddedToken> added, Map<String, Integer> vocab, List<String> merges) {
        this.added = List.copyOf(added);
        this.vocab = new LinkedHashMap<>(vocab);
        this.merges = List.copyOf(merges);
        tokens = new String[vocab.size()];
        vocab.forEach((token, id) -> {
            if (id < 0 || id >= tokens.length || tokens[id] != null) {
                throw new IllegalArgumentException(
                        "token ids must be 0.." + (tokens.length - 1) + " without gaps: " + token);
            }
            tokens[id] = token;
        });
        for (int i = 0; i < merges.size(); i++) {
            rank.put(merges.get(i), i);
        }
        for (AddedToken t : added) {
            addedIds.put(t.content(), t.id());
            addedById.put(t.id(), t);
        }
        // longest first, so that no added token is cut short by another that is its prefix
        addedPattern = Pattern.compile(added.stream()
                .map(AddedToken::content)
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    public List<AddedToken> added() {
        return added;
    }

    public Map<String, Integer> vocab() {
        return vocab;
    }

    public List<String> merges() {
        return merges;
    }

    public int vocabSize() {
        return tokens.length;
    }

    public int id(String addedToken) {
        Integer id = addedIds.get(addedToken);
        if (id == null) {
            throw new IllegalArgumentException("no added token " + addedToken);
        }
        return id;
    }

    public int[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        Matcher m = addedPattern.matcher(text);
        int from = 0;
        while (m.find()) {
            encodeOrdinary(text.substring(from, m.start()), ids);
            ids.add(addedIds.get(m.group()));
            from = m.end();
        }
        encodeOrdinary(text.substring(from), ids);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void encodeOrdinary(String text, List<Integer> ids) {
        Matcher m = ByteLevel.SPLIT.matcher(text);
        while (m.find()) {
            for (int id : wordCache.computeIfAbsent(ByteLevel.encode(m.group()), this::bpe)) {
                ids.add(id);
            }
        }
    }

    /** Merges the byte-level characters of one pre-token, always the lowest-ranked pair first. */
    private int[] bpe(String word) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            parts.add(String.valueOf(word.charAt(i)));
        }
        while (parts.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < parts.size(); i++) {
                Integer r = rank.get(parts.get(i) + " " + parts.get(i + 1));
                if (r != null && r < bestRank) {
                    bestRank = r;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            parts.set(best, parts.get(best) + parts.remove(best + 1));
        }
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = vocab.get(parts.get(i));
            if (id == null) {
                throw new IllegalStateException("token '" + parts.get(i) + "' is missing from the vocabulary");
            }
            out[i] = id;
        }
        return out;
    }

    /** Text of the ids; special tokens are left out when {@code skipSpecial}, broken UTF-8 becomes U+FFFD. */
    public String decode(int[] ids, boolean skipSpecial) {
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            AddedToken a = addedById.get(id);
            if (a == null) {
                ByteLevel.decode(tokens[id], bytes);
                continue;
            }
            text.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
            if (!(skipSpecial && a.special())) {
                text.append(a.content());
            }
        }
        return text.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }

    public String token(int id) {
        return tokens[id];
    }
}
