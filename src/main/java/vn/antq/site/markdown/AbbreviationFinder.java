package vn.antq.site.markdown;

import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds glossary abbreviations standing as whole words in a text, leftmost first, longest
 * first where two start together. Abbreviations that are one word ("UBND", "PA03") are
 * looked up word by word; only the few with spaces or signs ("138/TP") need a pattern, which
 * keeps this cheap on a national site's hundreds of megabytes of text.
 * <p>
 * A glossary spelling counts only where it is an abbreviation of running text, not
 * <ul>
 * <li>part of a code: glued by {@code / - . &} to a code part, capitals or digits ("PKI/CA",
 *     "01-TP-TGPL", "CA-03", "B02-DN", "TP.HCM", and "TP- LS-05" with a stray space), or by
 *     {@code _} to anything ("..._BCA.doc"). Letters and digits glued to it make one word
 *     already ("V05", "PA03"). Next to a word with lower-case letters it is running text
 *     ("tỉnh/TP", "TP.Hải Phòng", "TP. Hồ Chí Minh"); a slash between two glossary abbreviations
 *     ("HĐND/UBND") is an alternative, and after a number ("Ban Chỉ đạo 138/TP") says whose the
 *     body is;</li>
 * <li>a word of text in capitals: "BỘ CÔNG AN", "AN TOÀN THỰC PHẨM". Spellings of capitals
 *     and digits only are skipped when the word before or after them across spaces is a
 *     {@linkplain #isCapitalWord word in capitals}, or when the nearest words on both sides,
 *     across any punctuation, are ("TRẬT TỰ (ANTT) TRÊN"). Glossary abbreviations next to it are
 *     passed over ("HĐND, UBND các tỉnh", "Chỉ thị về ANTT, ANTQ": both are marked), and so are
 *     capitals that cannot be a Vietnamese syllable, which are abbreviations themselves
 *     ("công ty TNHH MTV", "TP HCM"). A spelling with a sign or a lower-case letter cannot be
 *     an ordinary word, and counts among capitals too ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG").</li>
 * </ul>
 * Text mostly in capitals as a whole is left to the caller ({@code Folding.mostlyCapitals}).
 */
final class AbbreviationFinder {
    /** One occurrence: {@code text[start, end)} is {@code term}. */
    record Match(int start, int end, String term) {}

    private final Set<String> words = new HashSet<>();
    /** The first characters and the longest of {@link #words}: most words of running text are passed over without a lookup. */
    private final java.util.BitSet firsts = new java.util.BitSet();
    private int longest;
    private final Pattern others;

    AbbreviationFinder(Set<String> terms) {
        List<String> complex = new ArrayList<>();
        for (String t : terms) {
            if (!t.isEmpty() && wordEnd(t, 0) == t.length()) {
                words.add(t);
                firsts.set(t.charAt(0));
                longest = Math.max(longest, t.length());
            } else if (!t.isEmpty()) complex.add(t);
        }
        others = complex.isEmpty() ? null : pattern(complex);
    }

    boolean isEmpty() {
        return words.isEmpty() && others == null;
    }

    /** Occurrences in {@code text}, in order, not overlapping, that are abbreviations there. */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (others != null) {
            Matcher m = others.matcher(text);
            while (m.find()) {
                if (standsAlone(text, m.start(1), m.end(1))) out.add(new Match(m.start(1), m.end(1), m.group(1)));
            }
        }
        int fromPattern = out.size();
        if (!words.isEmpty()) {
            for (int i = 0; i < text.length(); ) {
                if (!Folding.isLetterOrNumber(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                int end = wordEnd(text, i);
                if (end - i <= longest && firsts.get(text.charAt(i))) {
                    String word = text.substring(i, end);
                    if (words.contains(word) && !overlaps(out, fromPattern, i, end) && standsAlone(text, i, end)) {
                        out.add(new Match(i, end, word));
                    }
                }
                i = end;
            }
        }
        if (fromPattern > 0 && out.size() > fromPattern) out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /** Whether {@code text[start, end)}, a glossary spelling, is an abbreviation there (see the class comment). */
    private boolean standsAlone(String text, int start, int end) {
        if (inCode(text, start, end)) return false;
        // a sign ("KT.", "Đ/c") or a lower-case letter shows it is abbreviated even among capitals
        return hasLowerCase(text, start, end) || hasSign(text, start, end) || !inCapitals(text, start, end);
    }

    private static boolean hasSign(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Folding.isLetterOrNumber(s.charAt(i))) return true;
        return false;
    }

    /** Signs that join the parts of a code ("PKI/CA", "01-TP-TGPL", "TP.HCM", "KH&CN"). */
    private static boolean isJoiner(char c) {
        return c == '/' || c == '-' || c == '.' || c == '_' || c == '&' || c == '\\' || c >= '\u2010' && c <= '\u2013';
    }

    private boolean inCode(String text, int start, int end) {
        if (start > 0 && isJoiner(text.charAt(start - 1))) {
            char joiner = text.charAt(start - 1);
            int wordEnd = start - 1;
            // a hyphen or slash glued to the spelling may have a stray space on its other side ("LS -TP")
            if (joiner != '.' && joiner != '_') while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') wordEnd--;
            int wordStart = wordStart(text, wordEnd);
            if (wordStart < wordEnd && joinsCode(joiner, text.substring(wordStart, wordEnd))) return true;
        }
        if (end < text.length() && isJoiner(text.charAt(end))) {
            char joiner = text.charAt(end);
            int wordStart = end + 1;
            if (joiner != '.' && joiner != '_') while (wordStart < text.length() && text.charAt(wordStart) == ' ') wordStart++;
            int wordEnd = wordEnd(text, wordStart);
            if (wordStart < wordEnd && joinsCode(joiner, text.substring(wordStart, wordEnd))) return true;
        }
        return false;
    }

    /** Whether {@code joiner} and {@code part}, glued to a glossary spelling, make it part of a code. */
    private boolean joinsCode(char joiner, String part) {
        if (joiner == '_') return true; // file names ("..._BCA.doc")
        // "tỉnh/TP" (an alternative), "TP.Hải Phòng" (a missing space)
        if (hasLowerCase(part, 0, part.length())) return false;
        if (joiner != '/') return true;
        // "HĐND/UBND": two abbreviations; "Ban Chỉ đạo 138/TP": the body's number, then whose it is
        return !words.contains(part) && hasLetter(part);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private boolean inCapitals(String text, int start, int end) {
        if (isCapitalWord(neighbour(text, start, -1, true)) || isCapitalWord(neighbour(text, end, 1, true))) return true;
        return isCapitalWord(neighbour(text, start, -1, false)) && isCapitalWord(neighbour(text, end, 1, false));
    }

    /**
     * The nearest word before ({@code direction} -1, from {@code from} back) or after (+1, from
     * {@code from} on) that is not a glossary abbreviation; across spaces only, or across
     * anything but letters and digits. Null when there is none.
     */
    private String neighbour(String text, int from, int direction, boolean spacesOnly) {
        int i = from;
        for (int hops = 0; hops < 4; hops++) {
            int gap = i;
            if (direction < 0) {
                while (i > 0 && !Folding.isLetterOrNumber(text.codePointBefore(i)) && (!spacesOnly || isSpace(text.charAt(i - 1)))) i--;
                if (i == gap || i == 0 || !Folding.isLetterOrNumber(text.codePointBefore(i))) return null;
                int wordStart = wordStart(text, i);
                String word = text.substring(wordStart, i);
                if (!words.contains(word)) return word;
                i = wordStart;
            } else {
                while (i < text.length() && !Folding.isLetterOrNumber(text.codePointAt(i)) && (!spacesOnly || isSpace(text.charAt(i)))) i++;
                if (i == gap || i == text.length() || !Folding.isLetterOrNumber(text.codePointAt(i))) return null;
                int wordEnd = wordEnd(text, i);
                String word = text.substring(i, wordEnd);
                if (!words.contains(word)) return word;
                i = wordEnd;
            }
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
    }

    /** A Vietnamese syllable: onset, one to three vowels, a final consonant; on capitals without marks. */
    private static final Pattern SYLLABLE = Pattern.compile("(NGH|NG|GH|GI|KH|NH|PH|QU|TH|TR|CH|[BCDGHKLMNPRSTVX])?[AEIOUY]{1,3}(NG|NH|CH|[CMNPT])?");

    /**
     * A word of text written in capitals ("CÔNG", "TOÀN", "THỦ"): two or more letters, none
     * lower-case, and a Vietnamese syllable. Capitals that cannot be one ("MTV", "HCM", "PKI")
     * are abbreviations or codes, which do not make the text around them a title.
     */
    static boolean isCapitalWord(String word) {
        if (word == null || word.length() < 2 || word.length() > 8) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.isLowerCase(c)) return false;
        }
        return SYLLABLE.matcher(Folding.stripMarks(word)).matches();
    }

    private static boolean hasLowerCase(String s, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLowerCase(s.charAt(i))) return true;
        return false;
    }

    private static int wordStart(String s, int to) {
        int i = to;
        while (i > 0 && Folding.isLetterOrNumber(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
        return i;
    }

    private static boolean overlaps(List<Match> matches, int count, int start, int end) {
        for (int i = 0; i < count; i++) {
            if (start < matches.get(i).end() && end > matches.get(i).start()) return true;
        }
        return false;
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Folding.isLetterOrNumber(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    /** Any of the terms as a whole word, longest first. */
    private static Pattern pattern(List<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }
}
