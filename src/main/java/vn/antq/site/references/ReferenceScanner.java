package vn.antq.site.references;

import vn.antq.site.text.Folding;
import vn.antq.site.text.Pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Vietnamese legal document numbers in text: "124/2021/TT-BCA",
 * "06/CT-BCA-V05", "44-KL/TW", "06/2013/NĐ-CP", "505/QCPH-CATP-SGDĐT", "10/ CTr-CAHN-PA03",
 * the National Assembly's "24/2018/QH14", "32/2007/PL-UBTVQH11", "02/2012/UBTVQH13", dotted
 * "66.16/2026/NQ-CP", a unit in brackets "692/1999/QĐ-BCA(H11)", a number broken by a line
 * ("252/2026/NĐ-⏎CP") or glued to the next word by a conversion ("NĐ-CPngày").
 * A number counts only when its first letter group is a document-type code (CT, TT, QĐ, QH...),
 * so dates (15/03/2024), phone numbers, committee names ("138/TP") and unit codes
 * ("PA03-Đ1") are left alone.
 */
public final class ReferenceScanner {
    /** Starts at a digit; what may not precede it ([\p{L}\p{N}/.,-]) is checked by hand: a look-behind first made the search crawl. */
    // the code may carry the legislature's number (QH14); a part after a hyphen may follow a line
    // break or space when it is in capitals ("NĐ-⏎CP"); a unit may close it in brackets ("BCA(H11)").
    // Where it ends is decided in scan(): a lower-case word glued to it is cut off.
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,5}(?:\\.\\d{1,3})?)(/\\d{4})?(\\s?[/-]\\s?)(\\p{Lu}\\p{L}*\\d*)"
            + "((?:[-/][\\p{L}\\p{N}]+|-\\s[\\p{Lu}\\p{N}]++(?!\\p{Ll}))*)(\\([\\p{Lu}\\p{N}]{1,8}\\))?");

    /** First letter group of a number (folded, upper-case) → the type it denotes. */
    private static final Map<String, String> CODES = Pairs.map(
            "CT", "chi-thi", "TT", "thong-tu", "TTLT", "thong-tu-lien-tich", "QD", "quyet-dinh", "ND", "nghi-dinh",
            "NQ", "nghi-quyet", "KL", "ket-luan", "KH", "ke-hoach", "CTR", "chuong-trinh", "CTRPH", "chuong-trinh",
            "HD", "huong-dan", "QCPH", "quy-che-phoi-hop", "QC", "quy-che-phoi-hop", "DA", "de-an", "CV", "cong-van",
            "TB", "thong-bao", "BC", "bao-cao",
            // the National Assembly (Luật, Bộ luật, Nghị quyết: 24/2018/QH14) and its Standing Committee
            "QH", "luat", "UBTVQH", "nghi-quyet", "PL", "phap-lenh", "CD", "cong-dien", "VBHN", "van-ban-hop-nhat",
            "L", "lenh");

    /**
     * The word written before a number names its type better than its code ("Kế hoạch số
     * 2447/QĐ-TTg" stays a QĐ): a type word, white space, then "số" if written, right before
     * the number, within {@value #TYPE_WORD_WINDOW} characters. A word that ends another comes
     * after it ("bộ luật" before "luật"), so the longest fits. (Checked by hand: a
     * case-insensitive pattern searched before every number cost more than the rest of the scan.)
     */
    private static final Map<String, String> TYPE_WORDS = Pairs.map(
            "thông tư liên tịch", "thong-tu-lien-tich", "thông tư", "thong-tu", "chỉ thị", "chi-thi",
            "bộ luật", "bo-luat", "luật", "luat", "pháp lệnh", "phap-lenh", "lệnh", "lenh", "hiến pháp", "hien-phap",
            "công điện", "cong-dien", "văn bản hợp nhất", "van-ban-hop-nhat",
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
            int end = m.end();
            if (end < chars.length && Folding.isLetterOrNumber(Character.codePointAt(chars, end))) {
                // glued to what follows: only a lower-case word may follow ("QH14về"), not more of a code
                if (m.group(6) != null || !Character.isLowerCase(Character.codePointAt(chars, end))) {
                    at = end;
                    continue;
                }
            } else if (m.group(6) == null) {
                end -= gluedWord(chars, m.start(4), end); // "NĐ-CPngày": the word is not part of the number
            }
            at = end;
            int codeEnd = Math.min(m.end(4), end);
            while (codeEnd > m.start(4) && Character.isDigit(chars[codeEnd - 1])) codeEnd--; // QH14 → QH
            String code = Folding.fold(text.substring(m.start(4), codeEnd)).toUpperCase(Locale.ROOT);
            String codeType = CODES.get(code);
            if (codeType == null) continue;
            String number = withoutSpace(text.substring(m.start(), end));
            // Lệnh of the State President is "L-CTN"; a bare "L" is too common to be a code
            if (code.equals("L") && !number.contains("L-CTN")) continue;
            String type = codeType;
            String written = typeWordBefore(text, m.start());
            // "pháp luật số 12/2020/QĐ-UBND" is a decision: a Luật has a QH number, a Lệnh an L-CTN one
            if (written != null && (written.equals("luat") || written.equals("bo-luat")) && !code.equals("QH")) written = null;
            if ("lenh".equals(written) && !code.equals("L")) written = null;
            if (written != null) type = written;
            out.add(new LegalReference(number, key(number), type, m.start(), end));
        }
        return out;
    }

    private static String withoutSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) return s.replaceAll("\\s", "");
        }
        return s;
    }

    /**
     * The length of a lower-case word glued to the end of a number ("CPngày" → 4), or 0. A word
     * has a vowel and at least two letters, and follows a capital or digit: "TTg" (Thủ tướng)
     * and "CTr" keep their small letters.
     */
    private static int gluedWord(char[] chars, int from, int end) {
        int start = end;
        while (start > from && Character.isLowerCase(chars[start - 1])) start--;
        if (start == from || end - start < 2) return 0;
        char before = chars[start - 1];
        if (!Character.isUpperCase(before) && !Character.isDigit(before)) return 0;
        String word = Folding.fold(new String(chars, start, end - start));
        for (int i = 0; i < word.length(); i++) if ("aeiouy".indexOf(word.charAt(i)) >= 0) return end - start;
        return 0;
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

    private static boolean continuesWord(int cp) {
        return Folding.isLetterOrNumber(cp) || cp == '/' || cp == '.' || cp == ',' || cp == '-';
    }

    /** The key every spelling of a number shares: "01/Ctr-BCĐ" and "01/CTr-BCĐ" → "01-ctr-bcd". */
    public static String key(String number) {
        return Folding.slug(number);
    }
}
