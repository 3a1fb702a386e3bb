package org.puzzlelens.train.tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Learns byte-level BPE merges from a corpus: start from the 256 byte symbols, then repeatedly merge
 * the most frequent adjacent pair within pre-tokens until the vocabulary is full. Ties go to the
 * pair whose text sorts first, so the same corpus always gives the same tokenizer.
 */
public final class BpeTrainer {
    private BpeTrainer() {}

    public static BpeTokenizer train(Iterable<String> corpus, int vocabSize) {
        List<AddedToken> added = Vocabulary.addedTokens();
        if (vocabSize < added.size() + 256) {
            throw new IllegalArgumentException("vocabulary size " + vocabSize + " is below the " + (added.size() + 256)
                    + " added and byte tokens");
        }
        Map<String, Integer> vocab = new LinkedHashMap<>();
        added.forEach(t -> vocab.put(t.content(), t.id()));
        for (int b = 0; b < 256; b++) {
            vocab.put(String.valueOf(ByteLevel.symbol(b)), vocab.size());
        }
        List<List<String>> words = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        wordCounts(corpus, added).forEach((word, count) -> {
            List<String> symbols = new ArrayList<>();
            word.chars().forEach(c -> symbols.add(String.valueOf((char) c)));
            words.add(symbols);
            counts.add(count);
        });
        List<String> merges = new ArrayList<>();
        while (vocab.size() < vocabSize) {
            String[] best = mostFrequentPair(words, counts);
            if (best == null) {
                break; // every pre-token is a single symbol: nothing left to merge
            }
            String merged = best[0] + best[1];
            merges.add(best[0] + " " + best[1]);
            vocab.putIfAbsent(merged, vocab.size());
            for (List<String> w : words) {
                for (int i = 0; i + 1 < w.size(); i++) {
                    if (w.get(i).equals(best[0]) && w.get(i + 1).equals(best[1])) {
                        w.set(i, merged);
                        w.remove(i + 1);
                    }
                }
            }
        }
        return new BpeTokenizer(added, vocab, merges);
    }

    private static Map<String, Long> wordCounts(Iterable<String> corpus, List<AddedToken> added) {
        Pattern cut = Pattern.compile(
                added.stream().map(t -> Pattern.quote(t.content())).collect(Collectors.joining("|")));
        Map<String, Long> counts = new HashMap<>();
        for (String text : corpus) {
            for (String segment : cut.split(text)) {
                Matcher m = ByteLevel.SPLIT.matcher(segment);
                while (m.find()) {
                    counts.merge(ByteLevel.encode(m.group()), 1L, Long::sum);
                }
            }
        }
        // a fixed order, so that training does not depend on hash iteration
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The most frequent adjacent pair seen at least twice, or null. */
    private static String[] mostFrequentPair(List<List<String>> words, List<Long> counts) {
        Map<String, Long> pairs = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            List<String> symbols = words.get(w);
            for (int i = 0; i + 1 < symbols.size(); i++) {
                pairs.merge(symbols.get(i) + " " + symbols.get(i + 1), counts.get(w), Long::sum);
            }
        }
        String best = null;
        long bestCount = 1;
        for (Map.Entry<String, Long> e : pairs.entrySet()) {
            long c = e.getValue();
            if (c > bestCount || (c == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best == null ? null : best.split(" ", 2);
    }
}
