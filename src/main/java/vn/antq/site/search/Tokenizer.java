package vn.antq.site.search;

import vn.antq.site.text.Folding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese tokens for search: NFC, lower case, split into runs of letters, marks and
 * digits (one token per syllable; "124/2021/TT-BCA" → 124, 2021, tt, bca). Each token keeps
 * its exact form (for a diacritics-exact boost) and its folded form (for matching:
 * "đường" → "duong"). search.js tokenizes the same way.
 */
public final class Tokenizer {
    /** A syllable or number: exact (lower case, with marks) and folded. */
    public record Token(String exact, String folded) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private Tokenizer() {}

    public static List<Token> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(new Token(m.group(), Folding.fold(m.group())));
        return out;
    }

    /** The key of two adjacent syllables: "bao" + "ve" → "bao_ve". */
    public static String bigram(String a, String b) {
        return a + "_" + b;
    }
}
