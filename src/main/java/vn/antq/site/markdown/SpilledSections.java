package vn.antq.site.markdown;

import vn.antq.site.text.Spill;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A body's search text in a build's {@link Spill}: written once, each section read back when
 * asked for. The heap keeps only where each section starts.
 */
final class SpilledSections extends AbstractList<SectionText> implements RandomAccess {
    private final Spill spill;
    private final long at;
    /** Start of each section in the written bytes, and their end. */
    private final int[] starts;

    private SpilledSections(Spill spill, long at, int[] starts) {
        this.spill = spill;
        this.at = at;
        this.starts = starts;
    }

    /** {@code sections} written to {@code spill}. */
    static List<SectionText> of(List<SectionText> sections, Spill spill) {
        if (sections.isEmpty()) return List.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] starts = new int[sections.size() + 1];
        for (int i = 0; i < sections.size(); i++) {
            starts[i] = out.size();
            SectionText s = sections.get(i);
            put(out, s.anchor());
            put(out, s.heading());
            put(out, s.text());
        }
        starts[sections.size()] = out.size();
        byte[] bytes = out.toByteArray();
        return new SpilledSections(spill, spill.write(bytes, 0, bytes.length), starts);
    }

    private static void put(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(b.length).array());
        out.writeBytes(b);
    }

    @Override
    public SectionText get(int index) {
        java.util.Objects.checkIndex(index, size());
        ByteBuffer b = ByteBuffer.wrap(spill.read(at + starts[index], starts[index + 1] - starts[index]));
        return new SectionText(take(b), take(b), take(b));
    }

    private static String take(ByteBuffer b) {
        int n = b.getInt();
        String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }

    @Override
    public int size() {
        return starts.length - 1;
    }
}
