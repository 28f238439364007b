package vn.antq.site.text;

import java.text.Normalizer;

/**
 * Whether text is in Unicode NFC, answered without the normaliser for the common case: every
 * file of a national site is checked, and Vietnamese text is made of characters NFC leaves as
 * they are whatever surrounds them (Basic Latin to IPA, the precomposed letters of Latin
 * Extended Additional, general punctuation). Any other character sends the text to
 * {@link Normalizer}. {@code NfcTest} checks the ranges against the normaliser.
 */
public final class Nfc {
    private Nfc() {}

    /** Characters NFC never changes and never combines with the character before them. */
    static boolean stable(char c) {
        return c < 0x300 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2002 && c < 0x2070;
    }

    public static boolean isNormalized(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!stable(text.charAt(i))) return Normalizer.isNormalized(text, Normalizer.Form.NFC);
        }
        return true;
    }
}
