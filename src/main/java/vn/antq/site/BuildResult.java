package vn.antq.site;

import vn.antq.site.content.Problems;

/** The outcome of a build: whether it was published, what it made, and every problem found. */
public record BuildResult(boolean published, int pages, int documents, long millis, Problems problems) {}
