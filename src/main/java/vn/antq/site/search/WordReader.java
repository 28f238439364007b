package vn.antq.site.search;

import java.util.Arrays;

/**
 * Reads a text's words as {@link Vocabulary} entries, the way {@link Tokenizer#forEachWord}
 * cuts them, but lower-casing and looking each word up in place: a page repeats a few hundred
 * syllables thousands of times, and a string per occurrence was most of the index's cost.
 * One per thread (it keeps its own table of the words it has seen).
 */
final class WordReader {
    interface Sink {
        void word(Vocabulary.Word word);
    }

    private final Vocabulary vocabulary;
    private char[] word = new char[64];
    /** The text being read (kept from text to text). */
    private char[] chars = new char[4096];
    /** Open addressing: lower-cased word → its entry. */
    private char[][] keys = new char[1024][];
    private int[] hashes = new int[1024];
    private Vocabulary.Word[] values = new Vocabulary.Word[1024];
    private int size;

    WordReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * For each char below U+2000 (Latin and Vietnamese letters, digits, punctuation): its lower
     * case if that is a word char, else 0. One load instead of a case mapping and a category
     * lookup for every char of the site; chars that need more than one char's mapping are 0
     * here and found by {@link #needsFullCaseMapping}.
     */
    private static final char[] LOWER_WORD_CHAR = new char[0x2000];

    static {
        for (char c = 0; c < LOWER_WORD_CHAR.length; c++) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
            if (!needsFullCaseMapping(c) && Tokenizer.isWordChar(lower)) LOWER_WORD_CHAR[c] = lower;
        }
    }

    /** Words found in the text being read, handed to the sink once the text is known to be simple. */
    private Vocabulary.Word[] found = new Vocabulary.Word[256];

    void forEach(String text, Sink sink) {
        int n = text.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        char[] c = chars; // the text's chars in an array: the loops below run over every char of the site
        text.getChars(0, n, c, 0);
        int count = 0, len = 0, hash = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            char lower;
            if (ch < LOWER_WORD_CHAR.length) {
                lower = LOWER_WORD_CHAR[ch];
                if (lower == 0 && needsFullCaseMapping(ch)) {
                    forEachSlowly(text, sink);
                    return;
                }
            } else if (needsFullCaseMapping(ch)) {
                forEachSlowly(text, sink);
                return;
            } else {
                lower = Character.toLowerCase(ch);
                if (!Tokenizer.isWordChar(lower)) lower = 0;
            }
            if (lower != 0) {
                if (len == word.length) word = Arrays.copyOf(word, len * 2);
                word[len++] = lower;
                hash = 31 * hash + lower;
            } else if (len > 0) {
                if (count == found.length) found = Arrays.copyOf(found, count * 2);
                found[count++] = lookup(len, hash);
                len = hash = 0;
            }
        }
        if (len > 0) {
            if (count == found.length) found = Arrays.copyOf(found, count * 2);
            found[count++] = lookup(len, hash);
        }
        for (int i = 0; i < count; i++) sink.word(found[i]);
    }

    /** The tokenizer's own path, for the whole text. */
    private void forEachSlowly(String text, Sink sink) {
        Tokenizer.forEachWord(text, w -> sink.word(vocabulary.word(w)));
    }

    /**
     * Chars this reader cannot lower-case one at a time as String.toLowerCase(ROOT) does (İ
     * becomes two chars, Σ depends on its neighbours, surrogate pairs), or that mean the text is
     * not NFC (combining marks).
     */
    private static boolean needsFullCaseMapping(char ch) {
        return ch >= '\u0130' && (ch == '\u0130' || ch >= 0x300 && ch <= 0x36F || ch == '\u03A3' || Character.isSurrogate(ch));
    }

    private Vocabulary.Word lookup(int len, int hash) {
        int mask = keys.length - 1;
        int slot = mix(hash) & mask;
        for (char[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(k, 0, k.length, word, 0, len)) return values[slot];
        }
        Vocabulary.Word w = vocabulary.word(new String(word, 0, len));
        keys[slot] = Arrays.copyOf(word, len);
        hashes[slot] = hash;
        values[slot] = w;
        if (++size * 2 > keys.length) grow();
        return w;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        Vocabulary.Word[] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[keys.length];
        values = new Vocabulary.Word[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == null) continue;
            int slot = mix(oldHashes[i]) & mask;
            while (keys[slot] != null) slot = (slot + 1) & mask;
            keys[slot] = oldKeys[i];
            hashes[slot] = oldHashes[i];
            values[slot] = oldValues[i];
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
