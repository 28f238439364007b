package vn.antq.site.serve;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

/**
 * Runs a task on its own thread, one run at a time; what is submitted while a run is under way
 * is folded into one value for the next run (changed files add up; only the newest search
 * state matters), so a burst of work never queues one run per submission.
 */
final class FoldingWorker<T> {
    private final ExecutorService thread;
    private final BinaryOperator<T> fold;
    private final Consumer<T> task;
    /** What the next run gets; null when nothing waits. */
    private final AtomicReference<T> waiting = new AtomicReference<>();

    /** @param fold the older waiting value and the newer one into one */
    FoldingWorker(String name, BinaryOperator<T> fold, Consumer<T> task) {
        this.fold = fold;
        this.task = task;
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    void submit(T value) {
        // whoever finds nothing waiting starts a drain; the others are picked up by it
        if (waiting.getAndAccumulate(value, (old, v) -> old == null ? v : fold.apply(old, v)) != null) return;
        try {
            thread.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // shut down: nothing runs any more
        }
    }

    private void drain() {
        T value;
        while ((value = waiting.getAndSet(null)) != null) task.accept(value);
    }

    /** No run starts after the waiting ones. */
    void shutdown() {
        thread.shutdown();
    }

    void awaitTermination(long timeout, TimeUnit unit) {
        try {
            thread.awaitTermination(timeout, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
