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

    /** The word written before a number names its type better than its code ("Kế hoạch số 2447/QĐ-TTg" stays a QĐ). */
    private static final Pattern TYPE_WORD = Pattern.compile(
            "(?iu)(thông tư liên tịch|thông tư|chỉ thị|nghị quyết|nghị định|quyết định|kết luận|kế hoạch|chương trình phối hợp|"
                    + "chương trình|hướng dẫn|quy chế phối hợp|đề án|công văn|thông báo|báo cáo)\\s+(?:số\\s*)?$");

    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("thong tu lien tich", "thong-tu"), Map.entry("thong tu", "thong-tu"), Map.entry("chi thi", "chi-thi"),
            Map.entry("nghi quyet", "nghi-quyet"), Map.entry("nghi dinh", "nghi-dinh"), Map.entry("quyet dinh", "quyet-dinh"),
            Map.entry("ket luan", "ket-luan"), Map.entry("ke hoach", "ke-hoach"), Map.entry("chuong trinh phoi hop", "chuong-trinh"),
            Map.entry("chuong trinh", "chuong-trinh"), Map.entry("huong dan", "huong-dan"),
            Map.entry("quy che phoi hop", "quy-che-phoi-hop"), Map.entry("de an", "de-an"), Map.entry("cong van", "cong-van"),
            Map.entry("thong bao", "thong-bao"), Map.entry("bao cao", "bao-cao"));

    /** All document numbers in {@code text}, in order. */
    public List<LegalReference> scan(String text) {
        List<LegalReference> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true);
        // the pattern is tried only where a number can start (a digit not inside a word):
        // Matcher.find would try it at every character of the text
        for (int at = 0; at < text.length(); ) {
            char c = text.charAt(at);
            if (c < '0' || c > '9' || at > 0 && continuesWord(text.codePointBefore(at))
                    || !m.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            String code = Folding.fold(m.group(4)).toUpperCase(Locale.ROOT);
            String codeType = CODES.get(code);
            if (codeType == null) continue;
            String number = m.group().replace(" ", "");
            String type = codeType;
            Matcher word = TYPE_WORD.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            if (word.find()) type = TYPE_WORDS.getOrDefault(Folding.fold(word.group(1)).replaceAll("\\s+", " "), codeType);
            out.add(new LegalReference(number, key(number), type, m.start(), m.end()));
        }
        return out;
    }

    private static boolean continuesWord(int cp) {
        return Folding.isLetterOrNumber(cp) || cp == '/' || cp == '.' || cp == ',' || cp == '-';
    }

    /** The key every spelling of a number shares: "01/Ctr-BCĐ" and "01/CTr-BCĐ" → "01-ctr-bcd". */
    public static String key(String number) {
        return Folding.slug(number);
    }
}
