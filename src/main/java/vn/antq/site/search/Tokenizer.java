package vn.antq.site.search;

import vn.antq.site.text.Folding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese tokens for search: NFC, lower case, split into runs of letters, marks and
 * digits (one token per syllable; "124/2021/TT-BCA" → 124, 2021, tt, bca). Each token keeps
 * its exact form (for a diacritics-exact boost) and its folded form (for matching:
 * "đường" → "duong"). search.js tokenizes the same way ({@code /[\p{L}\p{M}\p{N}]+/u}).
 * The index builder folds each spelling once through its {@link Vocabulary}; queries and
 * titles are short and fold here directly.
 */
public final class Tokenizer {
    /** A syllable or number: exact (lower case, with marks) and folded. */
    public record Token(String exact, String folded) {}

    private Tokenizer() {}

    /** Hands each token's exact form (lower case, NFC) of {@code text} to {@code words}, in order. */
    static void forEachWord(String text, java.util.function.Consumer<String> words) {
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && c <= 0x36F) { // combining marks: the text is not NFC
                s = Normalizer.normalize(s, Normalizer.Form.NFC);
                break;
            }
        }
        s = s.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                words.accept(s.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) words.accept(s.substring(start));
    }

    /** Letters, marks and numbers: the classes of the JavaScript pattern. */
    static boolean isWordChar(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Tokens of a short text (a query, a title). */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        forEachWord(text, exact -> out.add(new Token(exact, Folding.fold(exact))));
        return out;
    }

    /** The key of two adjacent syllables: "bao" + "ve" → "bao_ve". */
    public static String bigram(String a, String b) {
        return a + "_" + b;
    }
}
