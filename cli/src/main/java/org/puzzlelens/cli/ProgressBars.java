package org.puzzlelens.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.puzzlelens.puzzles.io.Progress;

/**
 * A {@link Progress} shown as a terminal progress bar with rate and ETA. Without a terminal (CI,
 * logs, pipes) a redrawn bar would fill the log, so it prints a plain line every few seconds and one
 * at the end instead.
 */
final class ProgressBars implements Progress {
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private String task;
    private long total;
    private long started;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong();

    @Override
    public synchronized void begin(String task, long total) {
        this.task = task;
        this.total = total;
        this.started = System.nanoTime();
        done.set(0);
        lastLog.set(started);
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .showSpeed()
                    .setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void advance(long steps) {
        long now = done.addAndGet(steps);
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(steps);
            return;
        }
        long t = System.nanoTime();
        long last = lastLog.get();
        if (t - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, t)) {
            log(now, t);
        }
    }

    @Override
    public synchronized void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        } else if (task != null) {
            log(done.get(), System.nanoTime());
        }
        task = null;
    }

    private void log(long count, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = count / seconds;
        String eta =
                count >= total || rate == 0 ? "" : String.format(Locale.ROOT, ", ETA %.0f s", (total - count) / rate);
        System.err.printf(
                Locale.ROOT,
                "%s: %d/%d (%.0f%%, %.1f/s%s)%n",
                task,
                count,
                total,
                total == 0 ? 100.0 : 100.0 * count / total,
                rate,
                eta);
    }
}
