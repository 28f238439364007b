package vn.antq.site.model;

import java.util.List;

/** One value of a taxonomy (a type, an issuer, a year...) and its documents, newest first. */
public record Term(String key, String label, String outputPath, List<Document> documents) {}
