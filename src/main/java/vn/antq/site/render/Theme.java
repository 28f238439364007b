package vn.antq.site.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;
import vn.antq.site.content.YamlNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A chain of theme folders under {@code themes/}, most specific first, ending with
 * {@code default}: a template, asset or message in an earlier folder overrides the one of
 * the same name in a later one.
 */
public final class Theme {
    private final List<Path> folders;
    private final Configuration freemarker;
    private final Map<String, String> messages;
    private final Map<String, Path> assets;
    private final List<String> templates;
    private final vn.antq.site.text.ContentHash templateFingerprint;

    private Theme(List<Path> folders, Configuration freemarker, Map<String, String> messages,
                  Map<String, Path> assets, List<String> templates, vn.antq.site.text.ContentHash templateFingerprint) {
        this.templateFingerprint = templateFingerprint;
        this.folders = folders;
        this.freemarker = freemarker;
        this.messages = messages;
        this.assets = assets;
        this.templates = templates;
    }

    /** Opens the themes named (most specific first); null after reporting when one is missing. */
    public static Theme open(Path sourceRoot, List<String> names, ContentLoader reader, Yaml yaml, Problems problems) {
        List<Path> folders = new ArrayList<>();
        for (String name : names) {
            Path dir = sourceRoot.resolve("themes").resolve(name);
            if (!Files.isDirectory(dir)) {
                problems.error("content/_data/site.yaml", 0, 0, "site.unknownTheme", name);
                return null;
            }
            folders.add(dir);
        }
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            TreeSet<String> templateNames = new TreeSet<>();
            // every template of the chain, as a page's fingerprint takes it (a page may include any)
            vn.antq.site.text.ContentHasher templateHash = new vn.antq.site.text.ContentHasher();
            Map<String, Path> assets = new TreeMap<>();
            Map<String, String> messages = new TreeMap<>();
            for (Path dir : folders) {
                Path t = dir.resolve("templates");
                if (Files.isDirectory(t)) {
                    loaders.add(new FileTemplateLoader(t.toFile()));
                    Map<String, Path> inFolder = list(t);
                    templateNames.addAll(inFolder.keySet());
                    templateHash.add(folders.indexOf(dir));
                    for (Map.Entry<String, Path> e : inFolder.entrySet()) templateHash.add(e.getKey()).add(Files.readAllBytes(e.getValue()));
                }
            }
            // later (more general) folders first, so specific ones overwrite
            for (int i = folders.size() - 1; i >= 0; i--) {
                Path dir = folders.get(i);
                Path a = dir.resolve("assets");
                if (Files.isDirectory(a)) assets.putAll(list(a));
                Path m = dir.resolve("messages.yaml");
                if (Files.isRegularFile(m)) {
                    String rel = sourceRoot.relativize(m).toString().replace('\\', '/');
                    SourceFile sf = reader.readFile(m, rel);
                    if (sf == null) return null;
                    YamlNode root = yaml.parse(rel, sf.text(), 1, problems);
                    if (root == null) return null;
                    flatten("", root, messages);
                }
            }
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
            cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
            cfg.setDefaultEncoding("UTF-8");
            cfg.setOutputEncoding("UTF-8");
            cfg.setRecognizeStandardFileExtensions(true); // .ftlh auto-escapes HTML
            cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            cfg.setLogTemplateExceptions(false);
            cfg.setWrapUncheckedExceptions(true);
            cfg.setFallbackOnNullLoopVariable(false);
            cfg.setNumberFormat("computer");
            cfg.setLocale(java.util.Locale.forLanguageTag("vi"));
            cfg.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
            return new Theme(List.copyOf(folders), cfg, Collections.unmodifiableMap(messages),
                    Collections.unmodifiableMap(assets), List.copyOf(templateNames), templateHash.hash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, YamlNode node, Map<String, String> out) {
        if (node.isMap()) {
            for (Map.Entry<String, YamlNode> e : node.map().entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.scalarText() != null) {
            out.put(prefix, node.scalarText());
        }
    }

    /** Files under {@code dir} by their '/'-separated path relative to it. */
    private static Map<String, Path> list(Path dir) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~")) continue;
                out.put(dir.relativize(p).toString().replace('\\', '/'), p);
            }
        }
        return out;
    }

    public Configuration freemarker() { return freemarker; }
    public Map<String, String> messages() { return messages; }
    public Map<String, Path> assets() { return assets; }
    public List<String> templates() { return templates; }
    public List<Path> folders() { return folders; }
    /** A hash of every template's name and text, in chain order: what a page's fingerprint takes of the theme. */
    public vn.antq.site.text.ContentHash templateFingerprint() { return templateFingerprint; }

    /** Vietnamese UI text for a key; the key itself when missing, so a gap is visible, not fatal. */
    public String message(String key) {
        return messages.getOrDefault(key, key);
    }
}
