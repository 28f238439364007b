package vn.antq.site.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so every schema error, however deep,
 * names its line. Values are String, Long, Double, Boolean, null, List of YamlNode or Map of
 * String to YamlNode (insertion-ordered).
 */
public record YamlNode(Object value, int line, int column) {

    /** Thrown for a key written twice in one mapping (YAML forbids it; editors do it). */
    public static final class DuplicateKeyException extends IOException {
        public final String key;
        public final int line, column, firstLine;
        DuplicateKeyException(String key, int line, int column, int firstLine) {
            super("duplicate key " + key);
            this.key = key; this.line = line; this.column = column; this.firstLine = firstLine;
        }
    }

    public boolean isMap() { return value instanceof Map; }
    public boolean isList() { return value instanceof List; }
    public boolean isNull() { return value == null; }

    @SuppressWarnings("unchecked")
    public Map<String, YamlNode> map() { return (Map<String, YamlNode>) value; }

    @SuppressWarnings("unchecked")
    public List<YamlNode> list() { return (List<YamlNode>) value; }

    /** Scalars as text (numbers and booleans as written), null for collections. */
    public String scalarText() {
        if (value == null || isMap() || isList()) return null;
        if (value instanceof Double d && d == Math.rint(d)) return String.valueOf(d);
        return String.valueOf(value);
    }

    /**
     * Reads the value at the parser's current token. {@code lineOffset} is added to the
     * parser's line numbers (the YAML may start below the top of the file).
     */
    public static YamlNode read(JsonParser p, int lineOffset) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr() + lineOffset;
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    YamlNode child = read(p, lineOffset);
                    YamlNode first = m.get(key);
                    if (first != null) {
                        throw new DuplicateKeyException(key, kl.getLineNr() + lineOffset, kl.getColumnNr(), first.line());
                    }
                    // the key's line is the useful one for a nested mapping or list
                    m.put(key, new YamlNode(child.value(), child.isMap() || child.isList() ? kl.getLineNr() + lineOffset : child.line(), child.isMap() || child.isList() ? kl.getColumnNr() : child.column()));
                }
                return new YamlNode(Collections.unmodifiableMap(m), line, col);
            }
            case START_ARRAY -> {
                List<YamlNode> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(read(p, lineOffset));
                }
                return new YamlNode(Collections.unmodifiableList(l), line, col);
            }
            case VALUE_STRING -> { return new YamlNode(p.getText(), line, col); }
            case VALUE_NUMBER_INT -> { return new YamlNode(p.getLongValue(), line, col); }
            case VALUE_NUMBER_FLOAT -> { return new YamlNode(p.getDoubleValue(), line, col); }
            case VALUE_TRUE -> { return new YamlNode(Boolean.TRUE, line, col); }
            case VALUE_FALSE -> { return new YamlNode(Boolean.FALSE, line, col); }
            case VALUE_NULL -> { return new YamlNode(null, line, col); }
            default -> throw new IOException("unexpected YAML token " + t);
        }
    }
}
