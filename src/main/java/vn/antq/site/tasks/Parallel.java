package vn.antq.site.tasks;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Runs independent jobs on every core, each core taking the next job as it finishes one. A
 * parallel stream instead cuts its source into a few fixed chunks (a quarter of a list each on
 * two cores; batches growing to thousands of elements for a collection it cannot split), so
 * the build's large phases ended with one core working through a last chunk while the other
 * waited.
 */
public final class Parallel {
    private Parallel() {}

    /** Calls {@code job} for every item, in parallel; the first failure is thrown once the workers stop. */
    public static <T> void forEach(List<T> items, Consumer<? super T> job) {
        int count = items.size();
        AtomicInteger next = new AtomicInteger();
        // the first failure, thrown as it was (a stream would wrap one from another thread)
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int workers = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, workers).parallel().forEach(worker -> {
            try {
                for (int i; (i = next.getAndIncrement()) < count; ) job.accept(items.get(i));
            } catch (RuntimeException | Error e) {
                next.set(count); // the other workers stop after their current job
                failure.compareAndSet(null, e);
            }
        });
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
    }
}
