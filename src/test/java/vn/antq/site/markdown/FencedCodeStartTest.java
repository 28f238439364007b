package vn.antq.site.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick fence test gives the blocks flexmark's own fenced code parser gives. */
class FencedCodeStartTest {
    private static String html(boolean quick, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AttributesExtension.create(), DefinitionExtension.create(), StrikethroughExtension.create()));
        Parser.Builder parser;
        if (quick) {
            options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
            parser = Parser.builder(options).customBlockParserFactory(new FencedCodeStart());
        } else {
            parser = Parser.builder(options);
        }
        return HtmlRenderer.builder(options).build().render(parser.build().parse(markdown));
    }

    @Test
    void fencesEverywhereAreTheSameBlocks() {
        List<String> cases = List.of(
                "```\ncode\n```\n",
                "~~~ yaml\nkey: 1\n~~~\n",
                "Đoạn văn\n```\nngắt đoạn\n```\nsau",
                "   ```js\n   indented fence\n   ```\n",
                "    ```\nindented code, not a fence\n    ```\n",
                "- mục\n\n  ```\n  trong danh sách\n  ```\n- mục hai\n",
                "> ```\n> trong trích dẫn\n> ```\n",
                "```\nnot closed\n\nstill code",
                "````\n```\ninner\n```\n````\n",
                "``` a`b\nnot a fence: backtick in info\n```\n",
                "~~~~\n~~~\n~~~~\n",
                "`inline` code and ``double``\n\n| a | b |\n|---|---|\n| `x` | ~~y~~ |\n",
                "Term\n: ```\n  defined code\n  ```\n",
                "[^1]\n\n[^1]: ```\n    footnote code\n    ```\n",
                "");
        for (String md : cases) assertEquals(html(false, md), html(true, md), md);
        assertTrue(html(true, cases.get(1)).contains("<pre><code class=\"language-yaml\">key: 1"), html(true, cases.get(1)));
    }
}
