package vn.antq.site.importer;

/**
 * One file's place in content/ and what it becomes, decided before any is written (links need
 * every place).
 *
 * @param path the file as reports name it
 * @param rel its path under the imported folder
 * @param content its path under content/
 * @param head our front matter for it
 * @param body its Markdown, from the file line {@code bodyLine}
 */
record Plan(String path, String rel, String content, String head, String body, int bodyLine, boolean document) {}
