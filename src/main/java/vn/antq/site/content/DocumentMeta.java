package vn.antq.site.content;

import java.util.List;
import java.util.Map;

/**
 * The validated front matter of a document (văn bản). {@code status} is "chua-ro" when the
 * editor wrote none: never "in force" unless someone said so.
 *
 * @param relations other documents by number, under the kind of relation: it implements,
 *        replaces, amends (sửa đổi, bổ sung), guides (hướng dẫn) them or rests on them (căn cứ,
 *        "basis"); "amended-by" is stated by the amended document when the amending one has no
 *        page. Every kind is there (with no numbers when the editor wrote none), in that order.
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
        Map<String, List<String>> relations,
        String source,
        List<Deadline> deadlines,
        boolean excerpt,
        String note,
        boolean draft) {}
