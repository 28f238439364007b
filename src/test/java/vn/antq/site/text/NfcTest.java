package vn.antq.site.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NfcTest {
    /** Every pair of "stable" characters is NFC as it stands, so text made of them needs no normaliser. */
    @Test
    void stableCharactersStayAsTheyAreNextToEachOther() {
        List<Character> stable = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) if (Nfc.stable(c)) stable.add(c);
        StringBuilder pair = new StringBuilder("xx");
        for (char a : stable) {
            for (char b : stable) {
                pair.setCharAt(0, a);
                pair.setCharAt(1, b);
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) throw new AssertionError("U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
            }
        }
        assertTrue(stable.size() > 1000);
    }

    @Test
    void answersAsTheNormaliserDoes() {
        for (String s : List.of("Toàn dân bảo vệ an ninh Tổ quốc – “ANTQ” …", "Toa\u0300n da\u0302n", "\u2000 en quad", "Ω \u2126 ohm",
                "e\u0301", "한국어", "")) {
            assertEquals(Normalizer.isNormalized(s, Normalizer.Form.NFC), Nfc.isNormalized(s), s);
        }
        assertFalse(Nfc.isNormalized("Toa\u0300n"));
    }
}
