package org.puzzlelens.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.puzzlelens.puzzles.io.Progress;

/**
 * A {@link Progress} shown as a terminal progress bar with rate and ETA; without a terminal (CI,
 * logs) it prints a plain line every few seconds instead of redrawing.
 */
final class ProgressBars implements Progress {
    private ProgressBar bar;

    @Override
    public synchronized void begin(String task, long total) {
        boolean terminal = System.console() != null;
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setUpdateIntervalMillis(terminal ? 200 : 5000)
                .setConsumer(terminal ? new ConsoleProgressBarConsumer(System.err)
                        : new DelegatingProgressBarConsumer(System.err::println));
        bar = b.build();
    }

    @Override
    public void advance(long steps) {
        ProgressBar b = bar;
        if (b != null) {
            b.stepBy(steps);
        }
    }

    @Override
    public synchronized void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
