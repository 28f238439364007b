package vn.antq.site.tasks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class ParallelTest {

    @Test
    void everyItemRunsExactlyOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        AtomicIntegerArray runs = new AtomicIntegerArray(items.size());
        Parallel.forEach(items, i -> runs.incrementAndGet(i));
        for (int i = 0; i < items.size(); i++) assertEquals(1, runs.get(i), "item " + i);
    }

    @Test
    void bothCoresTakeJobsWhileOneIsBusy() throws Exception {
        // a slow first job must not hold back the others: they are done by the other worker meanwhile
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() >= 1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger doneWhileFirstRan = new AtomicInteger();
        java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(99);
        Parallel.forEach(IntStream.range(0, 100).boxed().toList(), i -> {
            threads.add(Thread.currentThread().getName());
            if (i == 0) {
                try {
                    if (others.await(20, java.util.concurrent.TimeUnit.SECONDS)) doneWhileFirstRan.set(99);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                others.countDown();
            }
        });
        assertEquals(99, doneWhileFirstRan.get());
        assertEquals(2, threads.size(), threads.toString());
    }

    @Test
    void aFailureIsThrownAndStopsTheRest() {
        AtomicInteger ran = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            ran.incrementAndGet();
            if (i == 10) throw new IllegalStateException("job " + i);
        }));
        assertEquals("job 10", e.getMessage());
        assertTrue(ran.get() < items.size(), "ran " + ran.get());
    }

    @Test
    void noItemsNoWork() {
        Parallel.forEach(List.<Integer>of(), i -> fail("ran"));
    }
}
