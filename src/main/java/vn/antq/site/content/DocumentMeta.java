package vn.antq.site.content;

import java.util.List;

/**
 * The validated front matter of a document (văn bản). {@code status} is "chua-ro" when the
 * editor wrote none: never "in force" unless someone said so. Relations name other documents
 * by number: it implements, replaces, amends (sửa đổi, bổ sung), guides (hướng dẫn) them or
 * rests on them (căn cứ); {@code amendedBy} is stated by the amended document when the
 * amending one has no page.
 */
public record DocumentMeta(
        String title,
        String type,
        String number,
        String slug,
        String issuer,
        String place,
        DocDate date,
        List<String> blank,
        String signer,
        String signerTitle,
        String status,
        DocDate effective,
        DocDate expires,
        List<String> audience,
        List<String> topics,
        String summary,
        List<String> implementsNumbers,
        List<String> replaces,
        List<String> amends,
        List<String> amendedBy,
        List<String> guides,
        List<String> basis,
        String source,
        List<Deadline> deadlines,
        boolean excerpt,
        String note,
        boolean draft) {}
