package vn.antq.site.model;

import java.util.List;

/**
 * A way of grouping documents (loại văn bản, cơ quan ban hành, đối tượng, chủ đề, năm).
 * {@code key} is also its folder in the output and, prefixed with "taxonomy.", the message
 * key of its name.
 */
public record Taxonomy(String key, String outputPath, List<Term> terms) {}
