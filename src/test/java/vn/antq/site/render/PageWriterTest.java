package vn.antq.site.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import org.junit.jupiter.api.Test;
import vn.antq.site.text.Utf8Text;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageWriterTest {
    /** Renders {@code template} with a body whose kept bytes say Ḃ where the string says Ấ, to see which one lands. */
    private static String render(String template) throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("page.ftlh", template);
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        String html = "<p>Ấ</p>";
        PageWriter w = new PageWriter().start(html, Utf8Text.of("<p>Ḃ</p>"));
        config.getTemplate("page.ftlh").process(Map.of("body", html, "title", "Đề"), w);
        return new String(w.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theBodyAsGivenIsCopiedFromItsKeptBytes() throws Exception {
        assertEquals("<h1>Đề</h1><main><p>Ḃ</p></main>", render("<h1>${title}</h1><main>${body?no_esc}</main>"));
    }

    @Test
    void aBodyTheTemplateChangesIsWrittenAsChanged() throws Exception {
        assertEquals("<main><p>Ấ!</p></main>", render("<main>${body?replace('</p>', '!</p>')?no_esc}</main>"));
        assertEquals("&lt;p&gt;Ấ&lt;/p&gt;", render("${body}"));
        assertEquals("8", render("${body?length}"));
    }
}
