package vn.antq.site.references;

/**
 * A document number found in running text.
 *
 * @param number  as written, spaces removed ("10/CTr-CAHN-PA03")
 * @param key     the matching key shared by all spellings ("10-ctr-cahn-pa03")
 * @param type    the document type key it implies (from the word before it, or its code), or null
 * @param start   offset of the number in the scanned text
 * @param end     offset just past it
 */
public record LegalReference(String number, String key, String type, int start, int end) {}
