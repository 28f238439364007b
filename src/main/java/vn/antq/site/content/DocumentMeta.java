package vn.antq.site.content;

import java.util.List;

/** The validated front matter of a document (văn bản). */
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
        List<String> audience,
        List<String> topics,
        String summary,
        List<String> implementsNumbers,
        List<String> replaces,
        String source,
        List<Deadline> deadlines,
        boolean excerpt,
        String note,
        boolean draft) {}
