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
        // char by char from a table: the normaliser took 1.5% of a national site's build, for
        // heading ids, calendar sections and search words; other text takes the long way
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                if (out != null) out.append(lower);
                else if (lower != c) out = new StringBuilder(s.length()).append(s, 0, i).append(lower);
                continue;
            }
            String f = c < TABLE ? folded(c) : MIXED;
            if (f == MIXED) return foldWhole(s);
            if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            out.append(f);
        }
        return out == null ? s : out.toString();
    }

    /** {@link #fold} of the whole string at once: what the table gives, char by char. */
    static String foldWhole(String s) {
        return stripMarks(s).toLowerCase(java.util.Locale.ROOT);
    }

    private static final int TABLE = 0x2100;
    /**
     * A char's fold, filled as chars are met (a String is safe to publish without a lock; a
     * race only folds a char twice). {@link #MIXED} marks a char whose fold may depend on its
     * neighbours: a capital sigma (final or not) and chars that fold to a combining mark, which
     * normalisation may reorder.
     */
    private static final String[] FOLDED = new String[TABLE];
    private static final String MIXED = new String("mixed");

    private static String folded(char c) {
        String f = FOLDED[c];
        if (f != null) return f;
        f = foldWhole(String.valueOf(c));
        for (int i = 0; i < f.length(); i++) {
            int type = Character.getType(f.charAt(i));
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) f = MIXED;
        }
        if (c == '\u03A3') f = MIXED;
        FOLDED[c] = f;
        return f;
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
