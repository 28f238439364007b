package vn.antq.site.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8BufferTest {
    /** Encoded as String.getBytes does, pairs split between appends and lone surrogates included; clear starts afresh. */
    @Test
    void encodesAsStringGetBytesDoes() {
        String text = "aĐề ầ😀 \uD800x \uDC00y ".repeat(3000) + "\uD83D";
        Utf8Buffer b = new Utf8Buffer(16);
        for (int round = 0; round < 2; round++) {
            b.clear();
            b.append(text, 0, 7);
            char[] rest = text.substring(7).toCharArray();
            int cut = text.indexOf('😀', 7000) - 7 + 1; // between the halves of a pair
            b.append(rest, 0, cut);
            b.append(rest, cut, rest.length - cut);
            b.append('!');
            assertArrayEquals((text + "!").getBytes(StandardCharsets.UTF_8), b.toByteArray());
            assertEquals(Utf8Text.of(text + "!"), b.toUtf8Text());
        }
    }

    @Test
    void keptUtf8EndsALoneHighSurrogate() {
        Utf8Buffer b = new Utf8Buffer(4).append("Ấ\uD83D").append(Utf8Text.of("<p>Ḃ</p>")).append("\uDE00");
        assertArrayEquals("Ấ?<p>Ḃ</p>?".getBytes(StandardCharsets.UTF_8), b.toByteArray());
    }

    /** Pieces of one buffer, marked as written, copied into another between other text. */
    @Test
    void copiesMarkedPiecesOfAnotherBuffer() {
        Utf8Buffer runs = new Utf8Buffer(4);
        int a = runs.append("an ninh, ").mark();
        int b = runs.append("trật tự 😀").mark();
        int c = runs.append("x\uD83D").mark(); // a lone high surrogate ends its piece as '?'
        Utf8Buffer page = new Utf8Buffer(4).append("<p>").append(runs, a, b).append("|").append(runs, 0, a)
                .append(runs, b, c).append("\uDE00</p>");
        assertArrayEquals("<p>trật tự 😀|an ninh, x??</p>".getBytes(StandardCharsets.UTF_8), page.toByteArray());
    }

    /** Escaped as flexmark escapes text, encoded as String.getBytes does. */
    @Test
    void escapesAndEncodesInOnePass() {
        String text = "a<b> & \"Đề\" 'ấ' 😀 x".repeat(500);
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        char[] chars = text.toCharArray();
        int cut = text.indexOf('😀') + 1; // between the halves of a pair
        Utf8Buffer b = new Utf8Buffer(8).appendEscaped(chars, 0, cut).appendEscaped(chars, cut, chars.length - cut);
        assertArrayEquals(escaped.getBytes(StandardCharsets.UTF_8), b.toByteArray());
    }
}
