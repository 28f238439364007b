package vn.antq.site.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lookup tables of text written as pairs ({@code "CT", "chi-thi", "TT", "thong-tu"}): the
 * codes, words and field names other documents and sites use, each table once, without a
 * {@code Map.entry} around every pair.
 */
public final class Pairs {
    private Pairs() {}

    /** The pairs as an unmodifiable map, in their order; a key given twice is a mistake in the table. */
    public static Map<String, String> map(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("a key without its value");
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (m.put(keysAndValues[i], keysAndValues[i + 1]) != null) {
                throw new IllegalArgumentException("key given twice: " + keysAndValues[i]);
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
