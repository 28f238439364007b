package vn.antq.site.content;

/** The validated front matter of a plain page. */
public record PageMeta(String title, String description, String template, int menu, boolean footer, boolean draft) {}
