package vn.antq.site.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * flexmark's fenced code blocks, asked only about lines that begin with a fence character.
 * flexmark tests every line of every document with a regex search that walks the whole line
 * (a paragraph is often one long line), about 1.4% of a 10,000-document build; a fence starts
 * with {@code `} or {@code ~}, so any other line is answered at once. Same blocks, same order
 * among the other block parsers (flexmark's own dependencies).
 */
final class FencedCodeStart implements CustomBlockParserFactory {
    private final FencedCodeBlockParser.Factory flexmark = new FencedCodeBlockParser.Factory();

    @Override
    public Set<Class<?>> getAfterDependents() {
        return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return flexmark.affectsGlobalScope();
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory fenced = flexmark.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (at >= line.length() || line.charAt(at) != '`' && line.charAt(at) != '~') return BlockStart.none();
            return fenced.tryStart(state, matched);
        };
    }
}
