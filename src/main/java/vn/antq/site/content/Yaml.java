package vn.antq.site.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;

/** Reads YAML (front matter or a data file) into {@link YamlNode}s, reporting errors at their line. */
public final class Yaml {
    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory());

    /**
     * Parses {@code text}, which starts on file line {@code firstLine}. Returns null (after
     * reporting) when it is malformed; an empty document gives a null-valued node.
     */
    public YamlNode parse(String path, String text, int firstLine, Problems problems) {
        int lineOffset = firstLine - 1;
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            if (p.nextToken() == null) return new YamlNode(null, firstLine, 1);
            return YamlNode.read(p, lineOffset);
        } catch (YamlNode.DuplicateKeyException e) {
            problems.error(path, e.line, e.column, "yaml.duplicateKey", e.key, e.firstLine);
        } catch (JsonProcessingException e) {
            // SnakeYAML knows where the problem itself is, not just where its context began
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                    problems.error(path, m.getProblemMark().getLine() + firstLine, m.getProblemMark().getColumn() + 1,
                            "yaml.malformed", describe(m.getProblem()));
                    return null;
                }
            }
            JsonLocation loc = e.getLocation();
            int line = loc == null || loc.getLineNr() < 1 ? firstLine : loc.getLineNr() + lineOffset;
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            problems.error(path, line, col, "yaml.malformed", describe(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.error(path, firstLine, 0, "yaml.malformed", describe(e.getMessage()));
        }
        return null;
    }

    /** SnakeYAML's messages are multi-line with a caret drawing; keep the first useful line. */
    private static String describe(String s) {
        if (s == null) return "";
        for (String line : s.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("in 'reader'") && !t.startsWith("^")) return t;
        }
        return s.trim();
    }
}
