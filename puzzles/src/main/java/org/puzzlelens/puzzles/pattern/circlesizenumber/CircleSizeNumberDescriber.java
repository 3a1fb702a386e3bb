package org.puzzlelens.puzzles.pattern.circlesizenumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The ring in words: the released caption's numbers, plus the sizes it leaves out, and one fact per number and size. */
enum CircleSizeNumberDescriber implements Describer<CircleSizeNumberState> {
    INSTANCE;

    private static final String GUIDE = """
            State every circle's number and size, two facts per circle, one per line. Circles are numbered
            clockwise starting from the one at the 3 o'clock position; a size is the circle's rank among the
            different circle sizes in the image, 1 for the smallest:
            circle <k> = <the number written in it, or ? for the question mark>
            circle <k> size = <1 for the smallest size, 2 for the next, ...>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    static String caption(CircleSizeNumberState s) {
        List<Object> numbers = new ArrayList<>();
        s.numbers().forEach(n -> numbers.add(n.equals(PyList.MISSING) ? n : Integer.valueOf(n)));
        return "There are " + s.numbers().size()
                + " numbered circles with varying sizes arranged in a ring with number "
                + PyList.format(numbers) + " in a clockwise order. Their sizes, ranked from 1 for the smallest, are "
                + PyList.format(s.sizes()) + ".";
    }

    @Override
    public String describe(CircleSizeNumberState s) {
        return caption(s) + " The circles are listed clockwise starting from the one at the 3 o'clock position; the "
                + "question mark is written in a circle drawn at its full size.";
    }

    @Override
    public List<Fact> facts(CircleSizeNumberState s) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < s.numbers().size(); i++) {
            facts.add(Fact.of("circle " + (i + 1), s.numbers().get(i)));
            facts.add(Fact.of("circle " + (i + 1) + " size", s.sizes().get(i)));
        }
        return facts;
    }

    @Override
    public Optional<CircleSizeNumberState> fromFacts(CircleSizeNumberState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<String> numbers = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try {
            for (int i = 1; i <= question.numbers().size(); i++) {
                numbers.add(map.getOrDefault("circle " + i, ""));
                sizes.add(Integer.parseInt(map.getOrDefault("circle " + i + " size", "")));
            }
            return Optional.of(new CircleSizeNumberState(numbers, sizes));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Needs the sizes line our captions add: the released captions list the numbers only, and without the
     * hidden circle's size the number cannot be told.
     */
    static CircleSizeNumberState fromCaption(String caption) {
        List<List<String>> lists = PyList.all(caption);
        if (lists.size() != 2) {
            throw new MalformedRecordException("circle_size_number caption must list the numbers and the sizes of the "
                    + "circles; released captions omit the sizes, so the hidden circle's size is unknown");
        }
        return PatternAnswers.fromCaption(
                () -> new CircleSizeNumberState(
                        lists.get(0),
                        lists.get(1).stream().map(Integer::parseInt).toList()),
                "the ring");
    }
}
