package vn.antq.site.checklist;

import vn.antq.site.content.Problems;
import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a checklist's Markdown body line by line: the intro, sections ({@code ## Title {#id}}),
 * task-list items ({@code - [ ] text {attributes}}), a choice's options (indented
 * {@code - (id) label}) and help text (other indented lines); then has the items checked in
 * order ({@link ItemChecker}).
 */
final class BodyReader {
    /** How the ids of sections, items and options are written (expressions name them). */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ITEM = Pattern.compile("^- \\[[ xX]\\] (.*)$");
    private static final Pattern SECTION = Pattern.compile("^## +(.+?)\\s*$");
    private static final Pattern OPTION = Pattern.compile("^ {2,}- \\(([^)]*)\\) +(.+)$");

    record Body(String intro, List<Checklist.Section> sections) {}

    private static final class SectionDraft {
        String id, title;
        final StringBuilder intro = new StringBuilder();
        final List<ItemDraft> items = new ArrayList<>();
    }

    private final String path;
    private final Problems problems;
    private final ExpressionChecker expressions;

    BodyReader(String path, Problems problems, ExpressionChecker expressions) {
        this.path = path;
        this.problems = problems;
        this.expressions = expressions;
    }

    /** The body of {@code markdown}, whose first line is the file's line {@code firstLine}. */
    Body read(String markdown, int firstLine) {
        StringBuilder intro = new StringBuilder();
        List<SectionDraft> sections = new ArrayList<>();
        SectionDraft section = null;
        ItemDraft item = null;
        Set<String> sectionIds = new HashSet<>();
        AttributeParser attributes = new AttributeParser(path, problems);
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = firstLine + i;
            Matcher sm = SECTION.matcher(line);
            Matcher im = ITEM.matcher(line);
            if (sm.matches()) {
                section = section(sm.group(1), lineNo, sectionIds);
                item = null;
                sections.add(section);
            } else if (im.matches()) {
                if (section == null) {
                    problems.error(path, lineNo, 0, "checklist.itemOutsideSection");
                    continue;
                }
                item = attributes.item(lineNo, im.group(1));
                item.section = section.id;
                section.items.add(item);
            } else if (item != null && (line.startsWith("  ") || line.isBlank())) {
                Matcher om = OPTION.matcher(line);
                if (om.matches()) {
                    option(item, om.group(1).strip(), om.group(2).strip(), lineNo);
                } else if (line.isBlank()) {
                    // a blank line ends the help text unless indented text follows
                    int next = i + 1;
                    if (next < lines.length && lines[next].startsWith("  ") && !lines[next].isBlank()) item.help.append('\n');
                    else item = null;
                } else {
                    item.help.append(line.strip()).append('\n');
                }
            } else if (line.isBlank()) {
                if (section == null) intro.append('\n');
                else if (section.items.isEmpty()) section.intro.append('\n');
            } else if (section == null) {
                intro.append(line).append('\n');
            } else if (section.items.isEmpty()) {
                section.intro.append(line).append('\n');
            } else {
                problems.error(path, lineNo, 0, "checklist.textBetweenItems");
            }
        }

        // ids and expressions: conditions and rules may only use items above them
        ItemChecker checker = new ItemChecker(path, problems, expressions, sectionIds);
        List<Checklist.Section> out = new ArrayList<>();
        for (SectionDraft s : sections) {
            if (s.items.isEmpty()) problems.error(path, firstLine, 0, "checklist.emptySection", s.title);
            out.add(new Checklist.Section(s.id, s.title, s.intro.toString().strip(), List.copyOf(checker.items(s.items))));
        }
        if (sections.isEmpty()) problems.error(path, firstLine, 0, "checklist.noSections");
        return new Body(intro.toString().strip(), out);
    }

    /** A section heading: its id from {@code {#id}}, else from its title folded to ASCII. */
    private SectionDraft section(String title, int lineNo, Set<String> sectionIds) {
        SectionDraft section = new SectionDraft();
        Matcher ab = AttributeParser.BLOCK.matcher(title);
        if (ab.find() && ab.group(1).strip().startsWith("#")) {
            section.id = ab.group(1).strip().substring(1);
            title = title.substring(0, ab.start()).strip();
        } else {
            section.id = Folding.slug(title).replace('-', '_');
            if (section.id.isEmpty() || !Character.isLetter(section.id.charAt(0))) section.id = "muc_" + section.id;
        }
        if (!ID.matcher(section.id).matches()) problems.error(path, lineNo, 0, "checklist.badItemId", section.id);
        if (!sectionIds.add(section.id)) problems.error(path, lineNo, 0, "checklist.duplicateId", section.id);
        section.title = title;
        return section;
    }

    private void option(ItemDraft item, String id, String label, int lineNo) {
        if (!ID.matcher(id).matches()) problems.error(path, lineNo, 0, "checklist.badOptionId", id);
        if (item.options.stream().anyMatch(o -> o.id().equals(id))) {
            problems.error(path, lineNo, 0, "checklist.duplicateOption", id);
        }
        item.options.add(new Checklist.Option(id, label));
    }
}
