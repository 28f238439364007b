package vn.antq.site.cache;

import vn.antq.site.text.ContentHash;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The cache files' encoding: a DataOutput with nullable strings of any length (writeUTF stops at 64 kB). */
final class Codec {
    private Codec() {}

    static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        final DataOutputStream data = new DataOutputStream(bytes);

        /** A write to memory, which cannot fail but says it might. */
        private interface Write {
            void to(DataOutputStream data) throws IOException;
        }

        private Out put(Write w) {
            try {
                w.to(data);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Out string(String s) {
            if (s == null) return integer(-1);
            return bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        Out bytes(byte[] b) {
            return put(d -> {
                d.writeInt(b.length);
                d.write(b);
            });
        }

        Out integer(int i) {
            return put(d -> d.writeInt(i));
        }

        Out number(long l) {
            return put(d -> d.writeLong(l));
        }

        Out hash(ContentHash h) {
            return number(h.high()).number(h.low());
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** Reads what {@link Out} wrote; a truncated or foreign file throws IOException. */
    static final class In {
        final DataInputStream data;

        In(byte[] bytes) {
            data = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        String string() throws IOException {
            int n = data.readInt();
            if (n < 0) return null;
            byte[] b = data.readNBytes(n);
            if (b.length != n) throw new IOException("truncated");
            return new String(b, StandardCharsets.UTF_8);
        }

        byte[] bytes() throws IOException {
            int n = data.readInt();
            if (n < 0) throw new IOException("bad length");
            byte[] b = data.readNBytes(n);
            if (b.length != n) throw new IOException("truncated");
            return b;
        }

        int integer() throws IOException {
            return data.readInt();
        }

        long number() throws IOException {
            return data.readLong();
        }

        ContentHash hash() throws IOException {
            return new ContentHash(data.readLong(), data.readLong());
        }
    }
}
