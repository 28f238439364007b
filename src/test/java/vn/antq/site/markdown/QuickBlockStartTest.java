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

/** The quick starts give the blocks flexmark's own fenced code, heading and list parsers give. */
class QuickBlockStartTest {
    private static String html(boolean quick, String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), TaskListExtension.create(),
                AttributesExtension.create(), DefinitionExtension.create(), StrikethroughExtension.create()));
        Parser.Builder parser = quick ? QuickBlockStart.parserBuilder(options) : Parser.builder(options);
        return HtmlRenderer.builder(options).build().render(parser.build().parse(markdown));
    }

    private static void assertSameBlocks(List<String> cases) {
        for (String md : cases) assertEquals(html(false, md), html(true, md), md);
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
        assertSameBlocks(cases);
        assertTrue(html(true, cases.get(1)).contains("<pre><code class=\"language-yaml\">key: 1"), html(true, cases.get(1)));
    }

    @Test
    void headingsAndListsEverywhereAreTheSameBlocks() {
        List<String> cases = List.of(
                "# Một\n## Hai ##\n###### Sáu\n####### bảy dấu: đoạn văn\n#không cách\n",
                "   # thụt ba\n    # thụt bốn: mã\n",
                "Tiêu đề setext\n===\n\nHai\n---\n\n---\n\n***\n___\n",
                "Đoạn\n- mục ngắt đoạn\n\nĐoạn\n1. số một ngắt đoạn\n\nĐoạn\n2. số hai không ngắt\n",
                "- a\n- b\n  - c\n    - d\n\n+ cộng\n* sao\n\n1) một\n2) hai\n\n10. mười\n11. mười một\n",
                "- [ ] việc\n- [x] xong\n  # tiêu đề trong mục\n- ---\n",
                "> # trong trích dẫn\n> - mục\n> Đoạn\n> ---\n",
                "1. mục\n\n   tiếp đoạn\n\n   ```\n   mã\n   ```\n2. mục\n-\n*\n",
                "Thuật ngữ\n: - định nghĩa là danh sách\n: # không phải tiêu đề\n",
                "[^1]: chú thích\n    - mục trong chú thích\n\n- a\n\n\n- b\n",
                "| a | b |\n|---|---|\n| - | # |\n\n-1 âm\n+1 dương\n#5 số\n2026 năm\n1.5 lần\n",
                "Đoạn\n    - thụt bốn: tiếp đoạn\n- - -\n* * *\n-- hai gạch\n== bằng\n",
                "## Mục {#muc-rieng}\n\n- mục {.lop}\n",
                "Gạch có cách\n- - -\n\nBằng có cách\n= = =\n\nCuối có cách\n---   \n\nBằng lẫn gạch\n=-=\n\nMột gạch\n-\n\nMột bằng\n=\n",
                "Đoạn\n===\nĐoạn\n- mục\n- --\n");
        assertSameBlocks(cases);
        assertTrue(html(true, cases.get(0)).contains("<h6>Sáu</h6>"), html(true, cases.get(0)));
        assertTrue(html(true, cases.get(4)).contains("<ol start=\"10\">"), html(true, cases.get(4)));
    }
}
