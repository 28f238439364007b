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
 */
final class AbbreviationFinder {
    /** One occurrence: {@code text[start, end)} is {@code term}. */
    record Match(int start, int end, String term) {}

    private final Set<String> words = new HashSet<>();
    private final Pattern others;

    AbbreviationFinder(Set<String> terms) {
        List<String> complex = new ArrayList<>();
        for (String t : terms) {
            if (!t.isEmpty() && wordEnd(t, 0) == t.length()) words.add(t);
            else if (!t.isEmpty()) complex.add(t);
        }
        others = complex.isEmpty() ? null : pattern(complex);
    }

    boolean isEmpty() {
        return words.isEmpty() && others == null;
    }

    /** Occurrences in {@code text}, in order, not overlapping. */
    List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (others != null) {
            Matcher m = others.matcher(text);
            while (m.find()) out.add(new Match(m.start(1), m.end(1), m.group(1)));
        }
        int fromPattern = out.size();
        if (!words.isEmpty()) {
            for (int i = 0; i < text.length(); ) {
                if (!Folding.isLetterOrNumber(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                int end = wordEnd(text, i);
                if (end - i <= 32) {
                    String word = text.substring(i, end);
                    if (words.contains(word) && !overlaps(out, fromPattern, i, end)) out.add(new Match(i, end, word));
                }
                i = end;
            }
        }
        if (fromPattern > 0 && out.size() > fromPattern) out.sort(Comparator.comparingInt(Match::start));
        return out;
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
