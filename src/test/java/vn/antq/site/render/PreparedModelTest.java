package vn.antq.site.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreparedModelTest {
    private static final String TEMPLATE = String.join("\n",
            "${d.title} ${d.number!'–'} ${d.missing!'none'} <#if d.blank>blank</#if> ${d.count + 1} ${d.ratio}",
            "<#list d.topics as t>[${t.label}|${t.path}]<#sep>, </#list> ${d.topics?size} ${d.empty?has_content?c}",
            "<#list d?keys as k>${k}<#sep> </#list>",
            "<#list d.topics[0] as k, v>${k}=${v}<#sep>; </#list> ${d['title']?upper_case} ${d.tags?join('/')}",
            "${(d.topics[5].label)!'no 6th'} ${d.path?has_content?c} ${d.title?length}");

    private static String render(Object doc) throws Exception {
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", TEMPLATE);
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(loader);
        config.setNumberFormat("computer");
        StringWriter out = new StringWriter();
        config.getTemplate("t.ftlh").process(Map.of("d", doc), out);
        return out.toString();
    }

    private static Map<String, Object> card() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", "Kế hoạch <bảo vệ> & an ninh");
        d.put("number", null);
        d.put("blank", true);
        d.put("count", 41);
        d.put("ratio", 0.5);
        List<Map<String, Object>> topics = new ArrayList<>();
        for (String t : List.of("an ninh", "trật tự")) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("label", t);
            v.put("path", "chu-de/" + t.replace(' ', '-') + "/index.html");
            topics.add(v);
        }
        d.put("topics", topics);
        d.put("empty", List.of());
        d.put("tags", List.of("a", "b"));
        d.put("path", "");
        return d;
    }

    @Test
    void templatesReadAPreparedViewAsTheMapItWasMadeOf() throws Exception {
        String expected = render(card());
        assertEquals(expected, render(PreparedModel.of(card(), new Configuration(Configuration.VERSION_2_3_34).getObjectWrapper())));
        // and the template did read everything (escaped, in order)
        assertEquals(String.join("\n",
                "Kế hoạch &lt;bảo vệ&gt; &amp; an ninh – none blank 42 0.5",
                "[an ninh|chu-de/an-ninh/index.html], [trật tự|chu-de/trật-tự/index.html] 2 false",
                "title number blank count ratio topics empty tags path",
                "label=an ninh; path=chu-de/an-ninh/index.html KẾ HOẠCH &lt;BẢO VỆ&gt; &amp; AN NINH a/b",
                "no 6th false 27"), expected);
    }
}
