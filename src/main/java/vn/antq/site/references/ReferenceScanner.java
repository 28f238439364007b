package vn.antq.site.references;

import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Vietnamese legal document numbers in text: "124/2021/TT-BCA",
 * "06/CT-BCA-V05", "44-KL/TW", "06/2013/NĐ-CP", "505/QCPH-CATP-SGDĐT", "10/ CTr-CAHN-PA03".
 * A number counts only when its first letter group is a document-type code (CT, TT, QĐ...),
 * so dates (15/03/2024), phone numbers, committee names ("138/TP") and unit codes
 * ("PA03-Đ1") are left alone.
 */
public final class ReferenceScanner {
    /** Starts at a digit; what may not precede it ([\p{L}\p{N}/.,-]) is checked by hand: a look-behind first made the search crawl. */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,5})(/\\d{4})?( ?[/-] ?)(\\p{Lu}\\p{L}*)((?:[-/][\\p{L}\\p{N}]+)*)(?![\\p{L}\\p{N}])");

    /** First letter group of a number (folded, upper-case) → the type it denotes. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("CT", "chi-thi"), Map.entry("TT", "thong-tu"), Map.entry("TTLT", "thong-tu"),
            Map.entry("QD", "quyet-dinh"), Map.entry("ND", "nghi-dinh"), Map.entry("NQ", "nghi-quyet"),
            Map.entry("KL", "ket-luan"), Map.entry("KH", "ke-hoach"), Map.entry("CTR", "chuong-trinh"),
            Map.entry("CTRPH", "chuong-trinh"), Map.entry("HD", "huong-dan"), Map.entry("QCPH", "quy-che-phoi-hop"),
            Map.entry("QC", "quy-che-phoi-hop"), Map.entry("DA", "de-an"), Map.entry("CV", "cong-van"),
            Map.entry("TB", "thong-bao"), Map.entry("BC", "bao-cao"));

    /**
     * The word written before a number names its type better than its code ("Kế hoạch số
     * 2447/QĐ-TTg" stays a QĐ): a type word, white space, then "số" if written, right before
     * the number, within {@value #TYPE_WORD_WINDOW} characters. No word here ends another, so
     * at most one fits. (Checked by hand: a case-insensitive pattern searched before every
     * number cost more than the rest of the scan.)
     */
    private static final Map<String, String> TYPE_WORDS = orderedMap(
            "thông tư liên tịch", "thong-tu", "thông tư", "thong-tu", "chỉ thị", "chi-thi",
            "nghị quyết", "nghi-quyet", "nghị định", "nghi-dinh", "quyết định", "quyet-dinh",
            "kết luận", "ket-luan", "kế hoạch", "ke-hoach", "chương trình phối hợp", "chuong-trinh",
            "chương trình", "chuong-trinh", "hướng dẫn", "huong-dan", "quy chế phối hợp", "quy-che-phoi-hop",
            "đề án", "de-an", "công văn", "cong-van", "thông báo", "thong-bao", "báo cáo", "bao-cao");
    private static final int TYPE_WORD_WINDOW = 40;

    /** All document numbers in {@code text}, in order. */
    public List<LegalReference> scan(String text) {
        return scan(text, text.toCharArray());
    }

    /**
     * The same, for a caller that has the text's chars in an array already.
     *
     * @param chars {@code text.toCharArray()}, searched from an array: this loop sees every character of the site
     */
    public List<LegalReference> scan(String text, char[] chars) {
        List<LegalReference> out = new ArrayList<>();
        Matcher m = null; // most runs of text have no number: no matcher for them
        // the pattern is tried only where a number can start (a digit not inside a word):
        // Matcher.find would try it at every character of the text
        for (int at = 0; at < chars.length; ) {
            char c = chars[at];
            if (c < '0' || c > '9' || at > 0 && continuesWord(Character.codePointBefore(chars, at))) {
                at++;
                continue;
            }
            if (m == null) m = NUMBER.matcher(text).useTransparentBounds(true);
            if (!m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            String code = Folding.fold(m.group(4)).toUpperCase(Locale.ROOT);
            String codeType = CODES.get(code);
            if (codeType == null) continue;
            String number = m.group().replace(" ", "");
            String type = codeType;
            String written = typeWordBefore(text, m.start());
            if (written != null) type = written;
            out.add(new LegalReference(number, key(number), type, m.start(), m.end()));
        }
        return out;
    }

    /** The type named by the type word written just before {@code start}, or null. */
    private static String typeWordBefore(String text, int start) {
        int from = Math.max(0, start - TYPE_WORD_WINDOW);
        int end = spaceBefore(text, from, start);
        if (end - 2 >= from && text.regionMatches(true, end - 2, "số", 0, 2)) {
            int beforeSo = spaceBefore(text, from, end - 2);
            if (beforeSo < end - 2) return typeEndingAt(text, from, beforeSo);
        }
        return end < start ? typeEndingAt(text, from, end) : null;
    }

    /** Where the white space ending at {@code end} starts (as the pattern {@code \\s} sees it). */
    private static int spaceBefore(String text, int from, int end) {
        while (end > from && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end;
    }

    private static String typeEndingAt(String text, int from, int end) {
        for (Map.Entry<String, String> w : TYPE_WORDS.entrySet()) {
            int n = w.getKey().length();
            if (end - n >= from && text.regionMatches(true, end - n, w.getKey(), 0, n)) return w.getValue();
        }
        return null;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static boolean continuesWord(int cp) {
        return Folding.isLetterOrNumber(cp) || cp == '/' || cp == '.' || cp == ',' || cp == '-';
    }

    /** The key every spelling of a number shares: "01/Ctr-BCĐ" and "01/CTr-BCĐ" → "01-ctr-bcd". */
    public static String key(String number) {
        return Folding.slug(number);
    }
}
