package vn.antq.site.tasks;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class BufferPoolTest {

    @Test
    void aReleasedObjectIsReusedByItsThread() {
        AtomicInteger created = new AtomicInteger();
        BufferPool<StringBuilder> pool = new BufferPool<>(() -> {
            created.incrementAndGet();
            return new StringBuilder();
        });
        StringBuilder first = pool.borrow();
        pool.release(first);
        assertSame(first, pool.borrow());
        assertEquals(1, created.get());
    }

    @Test
    void aSecondBorrowBeforeTheReleaseGetsItsOwn() {
        BufferPool<StringBuilder> pool = new BufferPool<>(StringBuilder::new);
        StringBuilder outer = pool.borrow();
        StringBuilder inner = pool.with(b -> b);
        assertNotSame(outer, inner);
        pool.release(outer);
        // both are kept: the next two borrows get them back, not new ones
        StringBuilder a = pool.borrow(), b = pool.borrow();
        assertTrue((a == outer && b == inner) || (a == inner && b == outer));
    }

    @Test
    void threadsDoNotShare() throws Exception {
        BufferPool<StringBuilder> pool = new BufferPool<>(StringBuilder::new);
        StringBuilder mine = pool.borrow();
        pool.release(mine);
        AtomicReference<StringBuilder> theirs = new AtomicReference<>();
        Thread t = new Thread(() -> theirs.set(pool.with(b -> b)));
        t.start();
        t.join();
        assertNotSame(mine, theirs.get());
        assertSame(mine, pool.borrow());
    }

    @Test
    void poolsDoNotShare() {
        BufferPool<StringBuilder> one = new BufferPool<>(StringBuilder::new), two = new BufferPool<>(StringBuilder::new);
        StringBuilder b = one.borrow();
        one.release(b);
        assertNotSame(b, two.borrow());
    }
}
