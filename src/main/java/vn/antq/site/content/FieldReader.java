package vn.antq.site.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to a YAML mapping with schema errors at the line of the offending value
 * ({@code line} is the mapping's own, where a missing field is reported).
 * Every getter reports what is wrong and returns a neutral value, so validation goes on and
 * all mistakes of a file are reported in one build.
 */
public record FieldReader(String path, Map<String, YamlNode> fields, int line, Problems problems) {
    /**
     * A reader for each mapping of a YAML list (outcomes, targets, glossary entries), its
     * fields checked against {@code known}; an item that is no mapping is reported with
     * {@code notMappingKey} and left out.
     */
    public static List<FieldReader> mappings(String path, List<YamlNode> items, Set<String> known, String notMappingKey,
                                             Problems problems) {
        List<FieldReader> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!item.isMap()) {
                problems.error(path, item.line(), item.column(), notMappingKey);
                continue;
            }
            FieldReader r = new FieldReader(path, item.map(), item.line(), problems);
            r.rejectUnknown(known);
            out.add(r);
        }
        return out;
    }

    public YamlNode node(String name) { return fields.get(name); }

    public boolean has(String name) { return fields.containsKey(name) && fields.get(name).value() != null; }

    public int lineOf(String name) {
        YamlNode n = fields.get(name);
        return n == null ? line : n.line();
    }

    public void error(YamlNode at, String key, Object... args) {
        problems.error(path, at == null ? line : at.line(), at == null ? 0 : at.column(), key, args);
    }

    public String string(String name, boolean required) {
        YamlNode n = fields.get(name);
        if (n == null || n.isNull()) {
            if (required) problems.error(path, line, 0, "field.required", name);
            return null;
        }
        if (n.isMap() || n.isList()) {
            error(n, "field.notText", name);
            return null;
        }
        String s = n.scalarText().strip();
        if (required && s.isEmpty()) {
            error(n, "field.empty", name);
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    public String oneOf(String name, Collection<String> allowed, boolean required, String fallback) {
        String s = string(name, required);
        if (s == null) return fallback;
        if (!allowed.contains(s)) {
            error(fields.get(name), "field.notAllowed", name, s, String.join(", ", allowed));
            return fallback;
        }
        return s;
    }

    public boolean bool(String name) {
        YamlNode n = fields.get(name);
        if (n == null || n.isNull()) return false;
        if (n.value() instanceof Boolean b) return b;
        error(n, "field.notBoolean", name, n.scalarText());
        return false;
    }

    public int integer(String name, int fallback) {
        YamlNode n = fields.get(name);
        if (n == null || n.isNull()) return fallback;
        if (n.value() instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return l.intValue();
        error(n, "field.notInteger", name, String.valueOf(n.scalarText()));
        return fallback;
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> strings(String name, Collection<String> allowed) {
        YamlNode n = fields.get(name);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        List<YamlNode> items = n.isList() ? n.list() : List.of(n);
        for (YamlNode item : items) {
            if (item.isMap() || item.isList() || item.isNull()) {
                error(item, "field.listOfText", name);
                continue;
            }
            String s = item.scalarText().strip();
            if (allowed != null && !allowed.contains(s)) {
                error(item, "field.notAllowed", name, s, String.join(", ", allowed));
                continue;
            }
            if (!s.isEmpty() && !out.contains(s)) out.add(s);
        }
        return out;
    }

    /** An ISO date, or just year-month or year when the day or month is blank in the original. */
    public DocDate date(String name, boolean required) {
        YamlNode n = fields.get(name);
        if (n == null || n.isNull()) {
            if (required) problems.error(path, line, 0, "field.required", name);
            return null;
        }
        return parseDate(n, name);
    }

    public DocDate parseDate(YamlNode n, String name) {
        String s = n.scalarText();
        if (s == null) {
            error(n, "field.badDate", name, "");
            return null;
        }
        s = s.strip();
        try {
            if (s.matches("\\d{4}")) {
                return new DocDate(Integer.parseInt(s), 0, 0);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                int y = Integer.parseInt(s.substring(0, 4));
                int m = Integer.parseInt(s.substring(5, 7));
                if (m < 1 || m > 12) throw new DateTimeException("month");
                return new DocDate(y, m, 0);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s);
                return new DocDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
        } catch (DateTimeException e) {
            error(n, "field.impossibleDate", name, s);
            return null;
        }
        error(n, "field.badDate", name, s);
        return null;
    }

    /** Reports every field not in {@code known}, suggesting the nearest known name. */
    public void rejectUnknown(Set<String> known) {
        rejectUnknown(known, Map.of());
    }

    /**
     * The same, naming our field for a name other tools use ({@code aliases}: "so_hieu" →
     * "number"), which no spelling distance would find.
     */
    public void rejectUnknown(Set<String> known, Map<String, String> aliases) {
        for (Map.Entry<String, YamlNode> e : fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                String alias = aliases.get(e.getKey().toLowerCase(java.util.Locale.ROOT));
                if (alias != null) {
                    error(e.getValue(), "field.alias", e.getKey(), alias);
                    continue;
                }
                String near = nearest(e.getKey(), known);
                if (near != null) error(e.getValue(), "field.unknownDidYouMean", e.getKey(), near);
                else error(e.getValue(), "field.unknown", e.getKey(), String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private static String nearest(String name, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : new TreeSet<>(known)) {
            int d = distance(name.toLowerCase(), k);
            if (d < bestDistance) { bestDistance = d; best = k; }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
