package vn.antq.site;

import vn.antq.site.content.Problems;

/**
 * The outcome of a build: whether it was published, what it made, every problem found, and
 * (when published) the state the preview server keeps for fast re-renders.
 */
public record BuildResult(boolean published, int pages, int documents, long millis, Problems problems, Snapshot snapshot) {
    public BuildResult(boolean published, int pages, int documents, long millis, Problems problems) {
        this(published, pages, documents, millis, problems, null);
    }
}
