// Throughput of the one answer reader (docs/PERFORMANCE.md, Rewards). Run from the repository root after a build:
// JAVA_HOME=$(scripts/java-home.sh) $JAVA_HOME/bin/java -cp puzzles/target/classes docs/bench/ReaderBench.java
import java.util.List;
import org.puzzlelens.puzzles.chat.AnswerReader;

public class ReaderBench {
    public static void main(String[] a) {
        List<String> options = List.of("3:15", "10:05", "7:45", "12:52");
        String think = "<think>" + "The short hand is just before 1 and the long hand points at 52 minutes. ".repeat(6) + "</think>";
        List<String> completions = List.of(
                "<image_description>hour = 12\nminute = 52</image_description>\n" + think + "\n<answer>D</answer>",
                think + "<answer>A</answer> Wait, let me check that again. <answer>B</answer>",
                "The hands show 12:52. " + "Counting the minute marks one by one. ".repeat(6) + "\nAnswer: 12:52",
                "Looking at the clock, the hour hand is near 1 " + "and so on ".repeat(20) + "so (D).\nI am confident.");
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            int n = 1_000_000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += AnswerReader.read(completions.get(i & 3), options, String::equalsIgnoreCase).option();
            }
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("round %d: %,.0f reads/s, %.2f us per read%n", round, n / s, s / n * 1e6);
        }
        System.out.println(sink);
    }
}
