package vn.antq.site.tasks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** The contract of {@link Parallel#forEach}, on any number of cores and whatever the scheduler does. */
class ParallelTest {

    static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyItemRunsExactlyOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(10_000);
        Parallel.forEach(items(10_000), runs::incrementAndGet);
        for (int i = 0; i < runs.length(); i++) assertEquals(1, runs.get(i), "item " + i);
    }

    @Test
    void aSlowJobDoesNotHoldBackTheOthers() throws InterruptedException {
        // the first job waits for all the others: they can only finish if other workers take them meanwhile
        int count = 100;
        CountDownLatch others = new CountDownLatch(count - 1);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger firstSawThemDone = new AtomicInteger();
        Parallel.forEach(items(count), i -> {
            threads.add(Thread.currentThread());
            if (i > 0) {
                others.countDown();
                return;
            }
            try {
                if (others.await(20, TimeUnit.SECONDS)) firstSawThemDone.set(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertEquals(1, firstSawThemDone.get(), "the other jobs waited for the slow one");
        assertTrue(threads.size() >= 2, threads.toString());
        assertTrue(threads.size() <= ForkJoinPool.getCommonPoolParallelism() + 1, "no more workers than cores: " + threads);
    }

    @Test
    void returnsOnlyOnceEveryJobHasFinished() {
        AtomicInteger finished = new AtomicInteger();
        Parallel.forEach(items(20), i -> {
            sleep(5);
            finished.incrementAndGet();
        });
        assertEquals(20, finished.get());
    }

    @Test
    void aFailureIsThrownAsItWasAndStopsTheRest() {
        IllegalStateException failure = new IllegalStateException("job 0");
        AtomicInteger started = new AtomicInteger(), finished = new AtomicInteger();
        List<Integer> items = items(1_000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            if (i == 0) throw failure;
            started.incrementAndGet();
            sleep(1);
            finished.incrementAndGet();
        }));
        assertSame(failure, e, "not wrapped, whichever thread threw it");
        assertTrue(started.get() < items.size() - 1, "the others stopped after their current job: " + started.get() + " ran");
        assertEquals(started.get(), finished.get(), "no job still running when the failure is thrown");
    }

    @Test
    void anErrorIsThrownAsItWas() {
        AssertionError error = new AssertionError("job 3");
        assertSame(error, assertThrows(AssertionError.class, () -> Parallel.forEach(items(10), i -> {
            if (i == 3) throw error;
        })));
    }

    @Test
    void noItemsNoWork() {
        Parallel.forEach(List.<Integer>of(), i -> fail("ran"));
    }
}
