package vn.antq.site.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordReaderTest {
    private final Vocabulary vocabulary = new Vocabulary();
    private final WordReader reader = new WordReader(vocabulary);

    private List<String> read(String text) {
        List<String> out = new ArrayList<>();
        reader.forEach(text, w -> out.add(vocabulary.exact(w.exact())));
        return out;
    }

    private static List<String> tokenizer(String text) {
        List<String> out = new ArrayList<>();
        Tokenizer.forEachWord(text, out::add);
        return out;
    }

    @Test
    void cutsAndLowerCasesWordsAsTheTokenizerDoes() {
        for (String text : List.of(
                "TOÀN DÂN bảo vệ An ninh Tổ quốc",
                "Chỉ thị số 06/CT-BCA ngày 07/05/2025, Điều 3; khoản 2.",
                "ĐƯỜNG đường Đường", // the same word in three cases: one spelling
                "Toa\u0300n da\u0302n (NFD)", // not NFC
                "İSTANBUL ΟΔΟΣ ΟΔΟΣ.Α", // İ and Σ: lower case depends on more than one char
                "emoji 😀 và chữ 𝐀𝐁 ngoài BMP",
                "", "   ", "một", "a1b2 ½ ① Ⅻ")) {
            assertEquals(tokenizer(text), read(text), text);
        }
    }

    @Test
    void aRepeatedWordIsTheSameEntryAndManyWordsGrowTheTable() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) text.append("Từ").append(random.nextInt(5_000)).append(' ');
        assertEquals(tokenizer(text.toString()), read(text.toString()));
        List<Vocabulary.Word> words = new ArrayList<>();
        reader.forEach("từ42 TỪ42 Từ42", words::add);
        assertEquals(3, words.size());
        assertEquals(words.get(0), words.get(1));
        assertEquals(words.get(0), words.get(2));
    }

    /** Every char of the table's range, and past it, in a word and alone; a late special char sends the whole text the long way. */
    @Test
    void everyCharIsReadAsTheTokenizerReadsIt() {
        for (int c = 0; c < 0x3100; c++) {
            String text = "Đầu ab" + (char) c + "Cd " + (char) c + " cuối";
            assertEquals(tokenizer(text), read(text), "U+" + Integer.toHexString(c));
        }
        String late = "an ninh trật tự ".repeat(50) + "İstanbul";
        assertEquals(tokenizer(late), read(late));
    }
}
