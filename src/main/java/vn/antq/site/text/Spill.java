package vn.antq.site.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A build's scratch file: the long texts a one-off build carries from one phase to the next
 * (each document's Markdown until it is rendered, each body's HTML and search text until its
 * page and the search files are written) are written here once and read back when used, so
 * the heap holds only where they are. A site's memory then follows the number of its pages
 * and headings, not the size of its text: 500 MB of Markdown would otherwise need 4-5 GB
 * of heap. Writes and reads are positional, from any thread; the operating system's page
 * cache keeps what was just written, so reading it back rarely touches the disk.
 *
 * <p>{@link #NONE} keeps everything in memory (the preview server, which renders edits from
 * the model for hours, and tests).
 */
public final class Spill implements AutoCloseable {
    /** No file: texts stay in the heap. */
    public static final Spill NONE = new Spill(null, null);

    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end = new AtomicLong();

    private Spill(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * A new, empty scratch file in {@code dir}, deleted by {@link #close} (on Linux the JVM
     * unlinks it as soon as it is open, so a killed build leaves nothing behind).
     */
    public static Spill create(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "antq-spill-", ".tmp");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            return new Spill(file, channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether texts go to a file (else they stay in memory). */
    public boolean onDisk() {
        return channel != null;
    }

    /** {@code utf8[from, to)}, whole UTF-8 characters, kept here (or copied into the heap for {@link #NONE}). */
    public Utf8Text keep(byte[] utf8, int from, int to) {
        if (channel == null) return Utf8Text.of(utf8, from, to);
        return Utf8Text.spilled(this, write(utf8, from, to), to - from);
    }

    /** {@code text}, kept here. */
    public Utf8Text keep(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return keep(b, 0, b.length);
    }

    /** Writes {@code bytes[from, to)} at the end; returns where they start. */
    public long write(byte[] bytes, int from, int to) {
        int n = to - from;
        long at = end.getAndAdd(n);
        ByteBuffer buf = ByteBuffer.wrap(bytes, from, n);
        try {
            for (long pos = at; buf.hasRemaining(); ) pos += channel.write(buf, pos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build's scratch file " + file, e);
        }
        return at;
    }

    /** The {@code length} bytes written at {@code at}. */
    public byte[] read(long at, int length) {
        byte[] out = new byte[length];
        ByteBuffer buf = ByteBuffer.wrap(out);
        try {
            for (long pos = at; buf.hasRemaining(); ) {
                int n = channel.read(buf, pos);
                if (n < 0) throw new IOException("the scratch file ends at " + pos);
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's scratch file " + file, e);
        }
        return out;
    }

    /** Bytes written so far. */
    public long size() {
        return end.get();
    }

    /** Deletes the file; texts kept in it may not be read after. */
    @Override
    public void close() {
        if (channel == null) return;
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a scratch file left in the temporary folder: not worth failing a finished build for
        }
    }
}
