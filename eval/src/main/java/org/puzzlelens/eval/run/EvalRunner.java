package org.puzzlelens.eval.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.Completion;
import org.puzzlelens.eval.backend.Message;
import org.puzzlelens.eval.backend.ModelRequest;
import org.puzzlelens.eval.backend.RequestFailedException;
import org.puzzlelens.eval.backend.Usage;
import org.puzzlelens.eval.input.MissingImagesException;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.io.Progress;

/**
 * Runs the (instance, condition) requests of a run concurrently: one virtual thread per request, at
 * most {@code concurrency} in flight. A failed request is written as a failed line and the run goes
 * on; only a {@link BackendConfigException} (no request can succeed) stops it. Work already in the
 * results file is skipped, so rerunning the same command completes a run.
 */
public final class EvalRunner {
    private static final Duration POLL = Duration.ofMillis(50);

    private final Backend backend;
    private final RunSettings settings;
    private final ResultsFile out;
    private final Progress progress;
    private final String fingerprint;
    private volatile boolean cancelled;
    private volatile ExecutorService executor;

    private final LongAdder answered = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder unparseable = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    /** What stopped the run: a backend that refuses every request, or a results file that cannot be written. */
    private final AtomicReference<Exception> fatal = new AtomicReference<>();

    public EvalRunner(Backend backend, RunSettings settings, ResultsFile out, Progress progress) {
        this.backend = backend;
        this.settings = settings;
        this.out = out;
        this.progress = progress;
        this.fingerprint = settings.fingerprint();
    }

    /** The samples of one (instance, condition) still to do. */
    record Unit(EvalItem item, Condition condition, List<Integer> samples) {}

    /** What a run will do, found before any request is sent. */
    record Plan(List<Unit> units, int alreadyDone, Map<String, Integer> notRunnable) {
        int samples() {
            return units.stream().mapToInt(u -> u.samples().size()).sum();
        }
    }

    /**
     * @throws MissingImagesException when an image condition needs an image that is not on disk
     * @throws IllegalArgumentException when the results file holds this label with other settings
     */
    Plan plan(List<EvalItem> items) {
        checkSameSettings();
        List<Unit> units = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        Map<String, Integer> notRunnable = new TreeMap<>();
        int alreadyDone = 0;
        for (EvalItem item : items) {
            for (Condition condition : settings.conditions()) {
                var reason = item.cannotRun(condition);
                if (reason.isPresent()) {
                    notRunnable.merge(condition.id() + ": " + reason.get(), 1, Integer::sum);
                    continue;
                }
                List<Integer> todo = new ArrayList<>();
                for (int s = 0; s < settings.samples(); s++) {
                    if (out.isDone(key(item, condition, s))) {
                        alreadyDone++;
                    } else {
                        todo.add(s);
                    }
                }
                if (todo.isEmpty()) {
                    continue;
                }
                if (condition.usesImage() && item.imageMissing()) {
                    missing.add(item.image() == null ? Path.of(item.where() + " (no image field)") : item.image());
                }
                units.add(new Unit(item, condition, todo));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingImagesException(missing.stream().distinct().toList());
        }
        return new Plan(units, alreadyDone, notRunnable);
    }

    private void checkSameSettings() {
        for (EvalResult done : out.done().values()) {
            if (done.model().equals(settings.label()) && !fingerprint.equals(done.settings())) {
                throw new IllegalArgumentException(
                        out.path() + " already holds results labelled '" + settings.label()
                                + "' made with other settings (" + done.settings() + ", now " + fingerprint
                                + "); rerun with the same options to complete that run, or give this one another --label or --out");
            }
        }
    }

    /**
     * Runs everything not yet done. Returns when all requests have finished or {@link #cancel} was called.
     *
     * @throws BackendConfigException when the backend refuses every request (after stopping the run)
     */
    public RunSummary run(List<EvalItem> items) throws BackendConfigException, InterruptedException {
        Plan plan = plan(items);
        long start = System.nanoTime();
        progress.begin("eval " + settings.label(), plan.samples());
        Semaphore inFlight = new Semaphore(settings.concurrency());
        try (ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
            executor = exec;
            for (Unit unit : plan.units()) {
                while (!cancelled && !inFlight.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    // waiting for a free slot; polling so that cancel() is seen
                }
                if (cancelled) {
                    break;
                }
                exec.submit(() -> {
                    try {
                        process(unit);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            progress.end();
        }
        switch (fatal.get()) {
            case null -> {}
            case BackendConfigException e -> throw e;
            case RuntimeException e -> throw e;
            default -> throw new IllegalStateException(fatal.get());
        }
        return new RunSummary(
                plan.alreadyDone(),
                answered.intValue(),
                failed.intValue(),
                unparseable.intValue(),
                plan.notRunnable(),
                requests.sum(),
                new Usage(inputTokens.get(), outputTokens.get()),
                Duration.ofNanos(System.nanoTime() - start),
                cancelled,
                out.repair());
    }

    /** Stops the run: no new requests, requests in flight are abandoned (and redone by a rerun). */
    public void cancel() {
        cancelled = true;
        ExecutorService exec = executor;
        if (exec != null) {
            exec.shutdownNow();
        }
    }

    private void process(Unit unit) {
        EvalItem item = unit.item();
        long start = System.nanoTime();
        try {
            List<Message> messages = settings.prompts().messages(item, unit.condition());
            ModelRequest request =
                    new ModelRequest(item, unit.condition(), messages, unit.samples(), settings.sampling());
            requests.increment();
            List<Completion> completions = backend.complete(request);
            long latency = millisSince(start);
            for (int i = 0; i < unit.samples().size(); i++) {
                record(unit, unit.samples().get(i), messages, completions.get(i), latency);
            }
        } catch (RequestFailedException e) {
            recordFailure(unit, e.getMessage(), e.attempts(), millisSince(start));
        } catch (IOException e) {
            recordFailure(unit, "cannot read the image: " + e.getMessage(), 0, 0);
        } catch (BackendConfigException | RuntimeException e) {
            fatal.compareAndSet(null, e);
            cancel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cancelled: nothing is written, a rerun redoes it
        }
    }

    private void record(Unit unit, int sample, List<Message> messages, Completion first, long latency)
            throws RequestFailedException, BackendConfigException, InterruptedException {
        EvalItem item = unit.item();
        Scorer.Grade grade = Scorer.grade(item, unit.condition(), first.text());
        Exchange exchange = new Exchange(first.text(), null, first.attempts(), latency, first.usage());
        if (settings.secondCall() && grade instanceof Scorer.Answered a && a.unparseable()) {
            long start = System.nanoTime();
            ModelRequest followUp = new ModelRequest(
                    item,
                    unit.condition(),
                    Prompts.followUp(messages, first.text(), item.options().size()),
                    List.of(sample),
                    settings.sampling());
            requests.increment();
            Completion second = backend.complete(followUp).getFirst();
            grade = Scorer.grade(item, unit.condition(), second.text());
            exchange = new Exchange(
                    first.text(),
                    second.text(),
                    first.attempts() + second.attempts(),
                    latency + millisSince(start),
                    first.usage().plus(second.usage()));
        }
        if (grade instanceof Scorer.Answered a && a.unparseable()) {
            unparseable.increment();
        }
        inputTokens.addAndGet(exchange.usage().inputTokens());
        outputTokens.addAndGet(exchange.usage().outputTokens());
        if (write(Scorer.result(key(item, unit.condition(), sample), fingerprint, item, exchange, grade))) {
            answered.increment();
        }
    }

    /** Failed lines for the unit's samples not yet written (a second call may fail after others were). */
    private void recordFailure(Unit unit, String error, int attempts, long latencyMs) {
        for (int sample : unit.samples()) {
            if (write(Scorer.failure(
                    key(unit.item(), unit.condition(), sample),
                    fingerprint,
                    unit.item(),
                    error,
                    attempts,
                    latencyMs))) {
                failed.increment();
            }
        }
    }

    private boolean write(EvalResult result) {
        try {
            boolean written = out.append(result);
            if (written) {
                progress.advance(1);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.path() + ": " + e.getMessage(), e);
        }
    }

    private ResultKey key(EvalItem item, Condition condition, int sample) {
        return new ResultKey(settings.label(), condition.id(), item.typeName(), item.id(), sample);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
