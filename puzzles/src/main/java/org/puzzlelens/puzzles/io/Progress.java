package org.puzzlelens.puzzles.io;

/** Where long jobs report progress; the command line shows it as a progress bar. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long total) {}

        @Override
        public void advance(long steps) {}

        @Override
        public void end() {}
    };

    void begin(String task, long total);

    /** Thread-safe. */
    void advance(long steps);

    void end();
}
