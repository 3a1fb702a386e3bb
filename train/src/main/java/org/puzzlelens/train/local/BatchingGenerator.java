package org.puzzlelens.train.local;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * Serves completions of one model to many threads: the evaluation harness sends requests
 * concurrently, and one worker samples whatever is waiting as one batch (a CPU decodes a batch of
 * eight nearly as fast as one prompt), all with or all without an image.
 */
final class BatchingGenerator implements AutoCloseable {
    /** How long the worker waits for more prompts to join a batch it has started. */
    private static final long GATHER_MILLIS = 20;

    private final LoadedModel model;
    private final int maxBatch;
    private final BlockingQueue<PendingPrompt> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean closed;

    BatchingGenerator(LoadedModel model, int maxBatch) {
        this.model = model;
        this.maxBatch = maxBatch;
        worker = Thread.ofPlatform().daemon().name("local-model").start(this::work);
    }

    CompletableFuture<GeneratedText> submit(int[] prompt, float[] pixels, SamplingOptions sampling, long seed) {
        if (closed) {
            throw new IllegalStateException("the local model is closed");
        }
        CompletableFuture<GeneratedText> result = new CompletableFuture<>();
        queue.add(new PendingPrompt(prompt, pixels, sampling, seed, result));
        return result;
    }

    private void work() {
        List<PendingPrompt> waiting = new ArrayList<>();
        try {
            while (!closed) {
                if (waiting.isEmpty()) {
                    waiting.add(queue.take());
                }
                PendingPrompt next;
                while (waiting.size() < maxBatch * 2
                        && (next = queue.poll(GATHER_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    waiting.add(next);
                }
                List<PendingPrompt> batch = takeBatch(waiting);
                run(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.addAll(queue);
            waiting.forEach(
                    p -> p.result().completeExceptionally(new IllegalStateException("the local model was closed")));
        }
    }

    /** The first waiting prompt and those that batch with it, up to the batch size, in arrival order. */
    private List<PendingPrompt> takeBatch(List<PendingPrompt> waiting) {
        PendingPrompt first = waiting.getFirst();
        List<PendingPrompt> batch = new ArrayList<>();
        for (PendingPrompt p : waiting) {
            if (batch.size() < maxBatch && first.batchesWith(p)) {
                batch.add(p);
            }
        }
        waiting.removeAll(batch);
        return batch;
    }

    private void run(List<PendingPrompt> batch) {
        try {
            List<int[]> prompts = batch.stream().map(PendingPrompt::prompt).toList();
            List<float[]> pixels = batch.getFirst().pixels() == null
                    ? null
                    : batch.stream().map(PendingPrompt::pixels).toList();
            List<int[]> completions = model.sampler()
                    .sample(
                            prompts,
                            pixels,
                            batch.getFirst().sampling(),
                            new SplittableRandom(batch.getFirst().seed()),
                            false)
                    .completions();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i)
                        .result()
                        .complete(new GeneratedText(
                                model.tokenizer().decode(completions.get(i), true),
                                prompts.get(i).length,
                                completions.get(i).length));
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
