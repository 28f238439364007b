package vn.antq.site.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view wrapped for the templates once, for views many pages show: a document's card is read
 * by its own page, the register and every listing of its terms. The object wrapper would
 * otherwise wrap each value again on every read (on a national site, about 2 million reads).
 * Maps become hashes and lists sequences, in the same order; other values are wrapped by the
 * theme's object wrapper, as they would be when read. Immutable, so pages rendering at once
 * share it.
 */
final class PreparedModel {
    private PreparedModel() {}

    /** A prepared view, with the fingerprint of the value it was made from (what a page's fingerprint takes of it). */
    static TemplateModel of(Object value, ObjectWrapper wrapper) {
        TemplateModel m = wrap(value, wrapper);
        return m instanceof Hash h ? new Hash(h.entries(), h.wrapper(), ModelFingerprint.of(value)) : m;
    }

    /** The fingerprint {@link #of} took, or null for a model it did not make. */
    static vn.antq.site.text.ContentHash fingerprint(Object model) {
        return model instanceof Hash h ? h.fingerprint() : null;
    }

    private static TemplateModel wrap(Object value, ObjectWrapper wrapper) {
        try {
            if (value instanceof Map<?, ?> map) {
                Map<String, TemplateModel> values = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) values.put((String) e.getKey(), wrap(e.getValue(), wrapper));
                return new Hash(Collections.unmodifiableMap(values), wrapper, null);
            }
            if (value instanceof List<?> list) {
                List<TemplateModel> items = new ArrayList<>(list.size());
                for (Object o : list) items.add(wrap(o, wrapper));
                return new Sequence(Collections.unmodifiableList(items));
            }
            return value == null ? null : wrapper.wrap(value);
        } catch (TemplateModelException e) {
            throw new IllegalArgumentException("cannot wrap " + value.getClass().getName() + " for templates", e);
        }
    }

    private record Hash(Map<String, TemplateModel> entries, ObjectWrapper wrapper, vn.antq.site.text.ContentHash fingerprint)
            implements TemplateHashModelEx2 {
        @Override
        public TemplateModel get(String key) {
            return entries.get(key);
        }

        @Override
        public boolean isEmpty() {
            return entries.isEmpty();
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(entries.keySet(), wrapper);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(entries.values(), wrapper);
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() {
            Iterator<Map.Entry<String, TemplateModel>> it = entries.entrySet().iterator();
            return new KeyValuePairIterator() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public KeyValuePair next() throws TemplateModelException {
                    Map.Entry<String, TemplateModel> e = it.next();
                    TemplateModel key = wrapper.wrap(e.getKey());
                    return new KeyValuePair() {
                        @Override
                        public TemplateModel getKey() {
                            return key;
                        }

                        @Override
                        public TemplateModel getValue() {
                            return e.getValue();
                        }
                    };
                }
            };
        }
    }

    private record Sequence(List<TemplateModel> items) implements TemplateSequenceModel {
        @Override
        public TemplateModel get(int index) {
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
