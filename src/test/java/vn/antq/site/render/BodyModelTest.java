package vn.antq.site.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.junit.jupiter.api.Test;
import vn.antq.site.text.Utf8Text;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodyModelTest {
    private static final String BODY = "<p>Ấp Đông 😀 &amp; trật tự</p>";

    /** Renders {@code template} into a page writer, with the body kept as UTF-8 bytes. */
    private static String render(String template) throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("page.ftlh", template);
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        PageWriter w = new PageWriter().start();
        config.getTemplate("page.ftlh").process(Map.of("body", new BodyModel(Utf8Text.of(BODY)), "title", "Đề"), w);
        return new String(w.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theDirectiveWritesTheBodyAsItIs() throws Exception {
        assertEquals("<h1>Đề</h1><main>" + BODY + "</main>", render("<h1>${title}</h1><main><@body/></main>"));
    }

    @Test
    void aCapturedBodyIsTheSame() throws Exception {
        assertEquals("[" + BODY + "]", render("<#assign b><@body/></#assign>[${b?no_esc}]"));
    }

    @Test
    void theBodyIsAlsoAString() throws Exception {
        assertEquals("<main>" + BODY + "</main>", render("<main>${body?no_esc}</main>"));
        assertEquals("<p>Ấp Đông 😀 &amp; trật tự!</p>", render("${body?replace('</p>', '!</p>')?no_esc}"));
        assertEquals("&lt;p&gt;Ấp", render("${body?substring(0, 5)}"));
        assertEquals(String.valueOf(BODY.length()), render("${body?length}"));
        assertEquals("yes", render("<#if body?has_content>yes</#if>"));
    }

    @Test
    void theDirectiveTakesNoArguments() {
        assertThrows(TemplateException.class, () -> render("<@body x=1/>"));
        assertThrows(TemplateException.class, () -> render("<@body>x</@body>"));
    }
}
