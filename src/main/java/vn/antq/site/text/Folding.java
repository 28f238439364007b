package vn.antq.site.text;

import java.text.Normalizer;

/** Vietnamese-aware folding to ASCII, used for URLs, ids and search matching. */
public final class Folding {
    private Folding() {}

    /** NFD, strip combining marks, đ→d; keeps case and punctuation. */
    public static String stripMarks(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ') c = 'd';
            else if (c == 'Đ') c = 'D';
            out.append(c);
        }
        return out.toString();
    }

    /** Lower-case ASCII folding for matching: "Đường" → "duong". */
    public static String fold(String s) {
        return stripMarks(s).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A URL- and id-safe slug: folded, runs of anything but [a-z0-9] become one hyphen,
     * no leading or trailing hyphen. "Chỉ thị 06/CT-BCA-V05" → "chi-thi-06-ct-bca-v05".
     */
    public static String slug(String s) {
        String f = fold(s);
        StringBuilder out = new StringBuilder(f.length());
        boolean hyphen = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) out.append('-');
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    /** A letter or a number: {@code [\p{L}\p{N}]}, what a whole-word match may not touch. */
    public static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * True for text written mostly in capitals ("CÔNG AN THÀNH PHỐ"): a title or a stamp, where
     * capital words are not abbreviations.
     */
    public static boolean mostlyCapitals(String text) {
        int upper = 0, lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        return upper > lower;
    }
}
