package org.puzzlelens.rewards.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.io.DatasetRecord;

/**
 * Which split file each record of a suite goes to. By default a train and a validation split, as
 * verl and EasyR1 need both: of each type's records (in index order) the last
 * {@code ceil(fraction * n)} (at most n - 1) are validation, so every type is validated and the cut is the same on
 * every run. Or the whole suite as one named split (for example a held-out suite as {@code test}).
 *
 * @param only the one split's name, or null for train and validation
 */
public record SplitPlan(String only, double validationFraction) {
    public static final String TRAIN = "train";
    public static final String VALIDATION = "validation";

    public SplitPlan {
        if (only != null && !only.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("split name '" + only + "': use letters, digits, - and _");
        }
        if (only == null && !(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be above 0 and below 1, got "
                    + validationFraction + "; use --split NAME for a single split");
        }
    }

    public static SplitPlan single(String name) {
        return new SplitPlan(name, 0);
    }

    public static SplitPlan trainValidation(double fraction) {
        return new SplitPlan(null, fraction);
    }

    /** Split name to its records, train first; a split that gets no record is left out. */
    public Map<String, List<DatasetRecord>> assign(List<DatasetRecord> records) {
        Map<String, List<DatasetRecord>> out = new LinkedHashMap<>();
        if (only != null) {
            out.put(only, records);
            return out;
        }
        Map<String, List<DatasetRecord>> byType = new LinkedHashMap<>();
        records.forEach(r ->
                byType.computeIfAbsent(r.typeName(), t -> new ArrayList<>()).add(r));
        List<DatasetRecord> train = new ArrayList<>();
        List<DatasetRecord> validation = new ArrayList<>();
        byType.values().forEach(ofType -> {
            // every type keeps at least one record for training
            int held = Math.min(ofType.size() - 1, (int) Math.ceil(validationFraction * ofType.size()));
            train.addAll(ofType.subList(0, ofType.size() - held));
            validation.addAll(ofType.subList(ofType.size() - held, ofType.size()));
        });
        out.put(TRAIN, train);
        if (!validation.isEmpty()) {
            out.put(VALIDATION, validation);
        }
        return out;
    }
}
