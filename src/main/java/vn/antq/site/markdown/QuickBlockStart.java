package vn.antq.site.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;

/**
 * One of flexmark's block parsers, asked only about lines whose first non-blank character can
 * start its block. flexmark asks every block parser about every line of every document; the
 * fenced code parser runs a regex search over the whole line (a paragraph is often one long
 * line), the heading and list parsers build and scan sequences: together about 3% of a
 * 10,000-document build. A line that cannot start the block is answered at once. Same blocks,
 * same order among the other block parsers (flexmark's own dependencies).
 */
abstract class QuickBlockStart implements CustomBlockParserFactory {
    private final CustomBlockParserFactory flexmark;
    /** The characters that can begin the block. */
    private final String starts;

    private QuickBlockStart(CustomBlockParserFactory flexmark, String starts) {
        this.flexmark = flexmark;
        this.starts = starts;
    }

    // flexmark orders block parsers by their classes: one class each

    /** Fenced code: {@code ```} or {@code ~~~}. */
    private static final class FencedCode extends QuickBlockStart {
        FencedCode() { super(new FencedCodeBlockParser.Factory(), "`~"); }
    }

    /** ATX ({@code #}) and setext ({@code ===}, {@code ---}) headings. */
    private static final class Headings extends QuickBlockStart {
        Headings() { super(new HeadingParser.Factory(), "#=-"); }

        /** A setext underline is one character repeated: a list item's {@code - } is not. */
        @Override
        boolean canStart(BasedSequence line, int at) {
            char c = line.charAt(at);
            if (c == '#') return true;
            int end = line.length();
            while (end > at && Character.isWhitespace(line.charAt(end - 1))) end--;
            for (int i = at + 1; i < end; i++) if (line.charAt(i) != c) return false;
            return true;
        }
    }

    /** List items: bullets {@code - + *} and numbers. */
    private static final class Lists extends QuickBlockStart {
        Lists() { super(new ListBlockParser.Factory(), "-+*0123456789"); }
    }

    /**
     * A parser builder with flexmark's fenced code, heading and list parsers replaced by their
     * quick starts; {@code options} get those three parsers turned off.
     */
    static Parser.Builder parserBuilder(MutableDataSet options) {
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
        return Parser.builder(options)
                .customBlockParserFactory(new FencedCode())
                .customBlockParserFactory(new Headings())
                .customBlockParserFactory(new Lists());
    }

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
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return flexmark.getLeadInHandler(options);
    }

    /** Whether the line may start the block, its first non-blank character at {@code at} being one of the starts. */
    boolean canStart(BasedSequence line, int at) {
        return true;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = flexmark.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (at >= line.length() || starts.indexOf(line.charAt(at)) < 0 || !canStart(line, at)) return BlockStart.none();
            return parser.tryStart(state, matched);
        };
    }
}
