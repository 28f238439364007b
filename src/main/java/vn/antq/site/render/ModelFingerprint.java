package vn.antq.site.render;

import vn.antq.site.text.ContentHash;
import vn.antq.site.text.ContentHasher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint of what a page is rendered from: its template's name and its whole model.
 * A template reads nothing but its model and the theme (whose fingerprint seeds every page's),
 * so a page whose fingerprint is unchanged renders to the same bytes and need not be rendered
 * again. This is how an edit finds the pages it reaches: no list of who shows what is kept by
 * hand, and a new page kind, or a theme showing more of the model, is covered as it is.
 *
 * <p>Large values every page holds (the messages, the asset names) are hashed once, by identity.
 */
final class ModelFingerprint {
    private final ContentHash seed;
    private final Map<Object, ContentHash> known;

    /**
     * @param seed  the fingerprint of everything else a template can read (templates, options)
     * @param known values hashed once and recognised by identity
     */
    ModelFingerprint(ContentHash seed, List<Object> known) {
        this.seed = seed;
        this.known = new IdentityHashMap<>();
        for (Object o : known) this.known.put(o, of(o));
    }

    ContentHash page(String template, Map<String, Object> model) {
        ContentHasher h = new ContentHasher().add(seed).add(template);
        add(h, model);
        return h.hash();
    }

    /** A value's fingerprint on its own (a prepared view). */
    static ContentHash of(Object value) {
        ContentHasher h = new ContentHasher();
        new ModelFingerprint(new ContentHash(0, 0), List.of()).add(h, value);
        return h.hash();
    }

    private void add(ContentHasher h, Object value) {
        ContentHash k = known.isEmpty() || value == null ? null : known.get(value);
        if (k != null) {
            h.add('k').add(k);
        } else if (value == null) {
            h.add('n');
        } else if (value instanceof String s) {
            h.add(s);
        } else if (value instanceof Boolean b) {
            h.add('z').add(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            h.add('i').add(((Number) value).longValue());
        } else if (value instanceof Number n) {
            h.add('d').add(n.toString());
        } else if (value instanceof Map<?, ?> map) {
            h.add('m').add(map.size());
            // maps made by Views keep their order, the page's own is a HashMap: keys sorted, the
            // same model hashes the same whichever kind holds it
            List<String> keys = new ArrayList<>(map.size());
            for (Object key : map.keySet()) keys.add((String) key);
            keys.sort(null);
            for (String key : keys) {
                h.add(key);
                add(h, map.get(key));
            }
        } else if (value instanceof Collection<?> list) {
            h.add('l').add(list.size());
            for (Object o : list) add(h, o);
        } else if (value instanceof BodyModel body) {
            h.add('B').add(body.fingerprint());
        } else if (PreparedModel.fingerprint(value) != null) {
            h.add('p').add(PreparedModel.fingerprint(value));
        } else {
            // a new kind of model value must say how it is fingerprinted, or pages showing it could go stale
            throw new IllegalStateException("cannot fingerprint a " + value.getClass().getName() + " in a page model");
        }
    }
}
