package vn.antq.site.parts;

import java.util.Set;

/**
 * One page of a long body: characters {@code start} to {@code end} of its HTML, a run of whole
 * top-level blocks.
 *
 * @param name      the page's file name without ".html", ASCII ("chuong-ii", "dieu-12")
 * @param title     the text it starts with: its heading, or a "Chương II" line with the
 *                  chapter's name after it
 * @param through   the short title of the last chapter or article it holds when it holds
 *                  several (they were small), else null
 * @param continued whether it goes on with the part before (a chapter too long for one page
 *                  and with nothing inside to cut at)
 * @param depth     0 for a part cut at the body's main divisions, 1 inside one of them, ...
 * @param ids       the ids of the elements it holds (where links to them must go)
 * @param heading   whether it starts with a heading (else inside a section of the page's
 *                  search text, which is cut where {@code lead} begins)
 * @param lead      the start of the text of its first block
 */
public record Part(String name, String title, String through, boolean continued, int depth,
                   int start, int end, Set<String> ids, boolean heading, String lead) {}
