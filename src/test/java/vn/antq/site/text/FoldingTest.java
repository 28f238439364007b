package vn.antq.site.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoldingTest {
    @Test
    void foldsToneMarksAndDToAscii() {
        assertEquals("duong", Folding.fold("đường"));
        assertEquals("duong", Folding.fold("ĐƯỜNG"));
        assertEquals("an ninh, trat tu", Folding.fold("an ninh, trật tự"));
        // decomposed input folds the same as composed
        assertEquals("nghiep", Folding.fold("nghie\u0302\u0323p"));
    }

    @Test
    void lettersAndNumbersAreWhatTheRegexCallsThem() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");
        for (int cp = 0; cp < 0x3000; cp++) {
            assertEquals(word.matcher(Character.toString(cp)).matches(), Folding.isLetterOrNumber(cp), "U+" + Integer.toHexString(cp));
        }
        for (int cp : new int[] {0x1D400, 0x1F600, 0x10FFFF}) {
            assertEquals(word.matcher(Character.toString(cp)).matches(), Folding.isLetterOrNumber(cp), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void slugsDocumentNumbersAndHeadings() {
        assertEquals("chi-thi-06-ct-bca-v05", Folding.slug("Chỉ thị 06/CT-BCA-V05"));
        assertEquals("ii-nhiem-vu-va-giai-phap", Folding.slug("II. NHIỆM VỤ VÀ GIẢI PHÁP"));
        assertEquals("huong-dan-363-hd-pa03-d1", Folding.slug("huong-dan 363/HD-PA03-Đ1"));
        assertEquals("", Folding.slug("—"));
    }

    @Test
    void foldingCharByCharGivesWhatFoldingTheWholeTextGives() {
        // every char, alone and between others, and random texts of letters, marks and signs
        for (char c = 0; c < 0x3000; c++) {
            if (Character.isSurrogate(c)) continue;
            for (String text : new String[] {String.valueOf(c), "A" + c + "b", c + "\u0301", "\u1EA0" + c + "\u0323" + c}) {
                assertEquals(Folding.foldWhole(text), Folding.fold(text), "U+" + Integer.toHexString(c) + " in " + text);
            }
        }
        String pool = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ ÁÀẢÃẠắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0903\u0488ΣσςΑΒİıŉǄǅǆ½ﬁ–—“”…0123456789-/.,;:()";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) text.append(pool.charAt(random.nextInt(pool.length())));
            assertEquals(Folding.foldWhole(text.toString()), Folding.fold(text.toString()), text.toString());
        }
        String folded = "da folded";
        org.junit.jupiter.api.Assertions.assertSame(folded, Folding.fold(folded), "folded text is not copied");
    }
}
