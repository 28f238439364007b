package vn.antq.site.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * The content of each file as last reported changed, as a hash: a write that leaves a file as
 * it was is no change. One save is often several writes (truncate, then write; a temporary file
 * renamed over it), each its own watch event, and under load they can come far enough apart to
 * fall into two bursts: the later one finds the bytes the earlier one reported.
 * Used by the watcher thread only.
 */
final class SavedContent {
    private static final ByteBuffer ABSENT = ByteBuffer.allocate(0);

    private final Map<Path, ByteBuffer> lastReported = new HashMap<>();

    /**
     * Whether the file differs from when it was last reported (a file never reported counts as
     * changed); remembers it as reported. Folders always count: their content is their files.
     */
    boolean changed(Path file) {
        if (Files.isDirectory(file)) return true;
        ByteBuffer now = hash(file);
        if (now == null) {
            lastReported.remove(file);
            return true;
        }
        return !now.equals(lastReported.put(file, now));
    }

    /** The file's SHA-256, {@link #ABSENT} if there is no file, null if it could not be read. */
    private static ByteBuffer hash(Path file) {
        if (!Files.exists(file)) return ABSENT;
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return null; // vanished or unreadable right now: the build will say
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
