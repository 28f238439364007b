package vn.antq.site.markdown;

import vn.antq.site.text.Folding;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The {@code #fragment} of an internal link, folded the way heading ids are
 * ({@link Folding#slug}): {@code {#chương-i}} gives the id {@code chuong-i}, so a link
 * {@code (#chương-i)}, {@code (#ch%C6%B0%C6%A1ng-i)} or {@code (b.md#chương-i)} must say
 * {@code #chuong-i} to reach it. Fragments already made of lower-case ASCII letters, digits,
 * {@code -} and {@code _} are left as written: every id the site writes itself is one (heading
 * ids, footnotes {@code fn-1}, checklist items {@code item-k1_ke_hoach}).
 */
public final class Anchors {
    private Anchors() {}

    /**
     * The fragment (without {@code #}) a link to another page should carry.
     *
     * @param fragment as written in the link, without {@code #}
     */
    public static String fold(String fragment) {
        String decoded = decode(fragment);
        if (isSiteId(decoded)) return decoded;
        String slug = Folding.slug(decoded);
        return slug.isEmpty() ? fragment : slug;
    }

    /**
     * The fragment (without {@code #}) a link to the page itself should carry, knowing the
     * page's ids: one it names as written is kept ({@code {#điểm-a}} on a paragraph, an id in
     * raw HTML), else the one it names folded, else {@link #fold}.
     */
    static String onPage(String fragment, Set<String> ids) {
        String decoded = decode(fragment);
        if (ids.contains(decoded)) return fragment;
        String slug = Folding.slug(decoded);
        if (ids.contains(slug)) return slug;
        return fold(fragment);
    }

    private static boolean isSiteId(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return false;
        }
        return true;
    }

    /** {@code %XX} escapes decoded as UTF-8 ({@code +} stays a plus); the text as it is when they are malformed. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return s;
                int hi = Character.digit(s.charAt(i + 1), 16), lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return s;
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
