package vn.antq.site.references;

/**
 * One place where a page cites a document number.
 *
 * @param key          the number's matching key
 * @param number       as written
 * @param type         type key implied by the text, or null
 * @param sectionId    id of the heading (or footnote) it sits under, "" before the first heading
 * @param sectionTitle text of that heading, "" before the first heading
 */
public record Citation(String key, String number, String type, String sectionId, String sectionTitle) {}
