package vn.antq.site.tasks;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Working objects (buffers, readers with their tables) each thread reuses from job to job, as
 * jsoup's {@code SoftPool} does: a national build renders tens of thousands of bodies and
 * pages, and a fresh buffer of a page's size for each was garbage to collect. An object is
 * borrowed and released on the same thread; a second borrow before the release (a fragment
 * rendered while a body is) gets an object of its own. A thread keeps what it released softly,
 * so the collector can take it back when memory runs short. Owned by the object whose jobs use
 * it, never a global.
 */
public final class BufferPool<T> {
    /** Objects a thread keeps: more than one job of a thread uses at once. */
    private static final int KEPT = 4;

    private final Supplier<? extends T> create;
    private final ThreadLocal<SoftReference<ArrayDeque<T>>> free = new ThreadLocal<>();

    /** @param create makes an object when the thread has none free */
    public BufferPool(Supplier<? extends T> create) {
        this.create = create;
    }

    /** An object for this thread's use until {@link #release}d. */
    public T borrow() {
        T t = stack().poll();
        return t != null ? t : create.get();
    }

    /** Gives back an object borrowed on this thread; it must not be used after. */
    public void release(T t) {
        ArrayDeque<T> stack = stack();
        if (stack.size() < KEPT) stack.push(t);
    }

    /** The result of {@code job} run with a borrowed object, released after. */
    public <R> R with(Function<? super T, ? extends R> job) {
        T t = borrow();
        try {
            return job.apply(t);
        } finally {
            release(t);
        }
    }

    private ArrayDeque<T> stack() {
        SoftReference<ArrayDeque<T>> ref = free.get();
        ArrayDeque<T> stack = ref == null ? null : ref.get();
        if (stack == null) {
            stack = new ArrayDeque<>(KEPT);
            free.set(new SoftReference<>(stack));
        }
        return stack;
    }
}
