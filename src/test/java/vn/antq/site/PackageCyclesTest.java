package vn.antq.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages under {@code src/main/java/vn/antq/site} depend on each other one way only,
 * so each stage of the pipeline can be read (and changed) without the stages after it.
 * A dependency is an import or a fully qualified name in code (comments are ignored).
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java/vn/antq/site");
    private static final String ROOT = "vn.antq.site";
    // the package part of a name: lower-case segments, up to a class name or a wildcard
    private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.antq\\.site((?:\\.[a-z_][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void packagesHaveNoCycles() throws IOException {
        Map<String, Map<String, Set<String>>> graph = graph(SOURCES);
        assertTrue(graph.size() > 10, "found the packages: " + graph.keySet());
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(graph)) {
            if (component.size() < 2) continue;
            StringBuilder sb = new StringBuilder("cycle between " + component + ":");
            for (String from : component) {
                for (var edge : graph.get(from).entrySet()) {
                    if (component.contains(edge.getKey())) {
                        sb.append("\n  ").append(from).append(" -> ").append(edge.getKey()).append(" (").append(edge.getValue()).append(')');
                    }
                }
            }
            cycles.add(sb.toString());
        }
        assertTrue(cycles.isEmpty(), String.join("\n", cycles));
    }

    @Test
    void findsACycle() {
        // the check itself: a two-package loop and a three-package loop are both reported
        Map<String, Map<String, Set<String>>> g = new TreeMap<>();
        edge(g, "a", "b");
        edge(g, "b", "a");
        edge(g, "c", "d");
        edge(g, "d", "e");
        edge(g, "e", "c");
        edge(g, "e", "f");
        List<Set<String>> loops = stronglyConnected(g).stream().filter(s -> s.size() > 1).toList();
        assertTrue(loops.contains(Set.of("a", "b")), loops.toString());
        assertTrue(loops.contains(Set.of("c", "d", "e")), loops.toString());
        assertFalse(loops.stream().anyMatch(s -> s.contains("f")), loops.toString());
    }

    private static void edge(Map<String, Map<String, Set<String>>> g, String from, String to) {
        g.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>()).add("X");
        g.computeIfAbsent(to, k -> new TreeMap<>());
    }

    /** package → package it uses → the classes that use it. */
    private static Map<String, Map<String, Set<String>>> graph(Path dir) throws IOException {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String code = withoutComments(Files.readString(file));
            Matcher pm = PACKAGE.matcher(code);
            if (!pm.find()) throw new AssertionError("no package line in " + file);
            String from = shortName(pm.group(1));
            String className = file.getFileName().toString().replace(".java", "");
            Map<String, Set<String>> uses = graph.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                String to = shortName(ROOT + m.group(1));
                if (to.equals(from)) continue;
                uses.computeIfAbsent(to, k -> new TreeSet<>()).add(className);
                graph.computeIfAbsent(to, k -> new TreeMap<>());
            }
        }
        return graph;
    }

    /** "vn.antq.site.model" → "model"; the root package is "(root)". */
    private static String shortName(String pkg) {
        return pkg.equals(ROOT) ? "(root)" : pkg.substring(ROOT.length() + 1);
    }

    /** The code with comments blanked out; string and char literals are kept (a "//" in one starts no comment). */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') end = s.indexOf("\"\"\"", end + 1);
                int stop = end < 0 ? n : end + 3;
                out.append(s, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                int stop = Math.min(n, j + 1);
                out.append(s, i, stop);
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Tarjan's strongly connected components; a component of two or more packages is a cycle. */
    private static List<Set<String>> stronglyConnected(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) connect(v, graph, index, low, stack, onStack, out);
        }
        return out;
    }

    private static void connect(String v, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.get(v).keySet()) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
