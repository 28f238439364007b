package vn.antq.site.checklist;

import vn.antq.site.content.Problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a checklist's items in their order, once the whole body is read: ids unique among
 * items and sections, a kind whose attributes fit it, and expressions that use only the items
 * above (a constraint also its own item's answer).
 */
final class ItemChecker {
    /** The kinds of item, as {@code kind=} names them. */
    static final List<String> KINDS = List.of("yes-no", "not-happened", "choice", "number", "computed");

    private final String path;
    private final Problems problems;
    private final ExpressionChecker expressions;
    private final Set<String> sectionIds;
    /** The items checked so far: what the next one's expressions may use. */
    private final Map<String, Checklist.Item> defined = new LinkedHashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    ItemChecker(String path, Problems problems, ExpressionChecker expressions, Set<String> sectionIds) {
        this.path = path;
        this.problems = problems;
        this.expressions = expressions;
        this.sectionIds = sectionIds;
    }

    /** The next section's items; one without an id, or with one already used, is left out (reported). */
    List<Checklist.Item> items(List<ItemDraft> drafts) {
        List<Checklist.Item> items = new ArrayList<>();
        for (ItemDraft d : drafts) {
            if (d.id == null) continue;
            Integer first = idLines.putIfAbsent(d.id, d.line);
            if (first != null || sectionIds.contains(d.id)) {
                problems.error(path, d.line, 0, "checklist.duplicateItem", d.id, first == null ? d.line : first);
                continue;
            }
            checkKind(d);
            Expr when = d.whenText == null ? null : expressions.check(d.line, d.whenCol, d.whenText, defined, d.id, Expr.Type.BOOL);
            Expr rule = d.ruleText == null ? null : expressions.check(d.line, d.ruleCol, d.ruleText, defined, d.id, Expr.Type.BOOL);
            Checklist.Item parsed = d.toItem(when, rule, null);
            if (d.constraintText != null) {
                // a constraint may use the item's own answer, beside the items above it
                Map<String, Checklist.Item> withSelf = new LinkedHashMap<>(defined);
                withSelf.put(d.id, parsed);
                parsed = d.toItem(when, rule, expressions.check(d.line, d.constraintCol, d.constraintText, withSelf, null, Expr.Type.BOOL));
            }
            defined.put(d.id, parsed);
            items.add(parsed);
        }
        return items;
    }

    private void checkKind(ItemDraft d) {
        if (!KINDS.contains(d.kind)) {
            problems.error(path, d.line, 0, "checklist.badKind", d.kind, String.join(", ", KINDS));
            return;
        }
        if (d.kind.equals("choice") && d.options.size() < 2) problems.error(path, d.line, 0, "checklist.choiceOptions", d.id);
        if (!d.kind.equals("choice") && !d.options.isEmpty()) problems.error(path, d.line, 0, "checklist.optionsNotChoice", d.id);
        if (d.kind.equals("computed")) {
            if (d.ruleText == null) problems.error(path, d.line, 0, "checklist.computedRule", d.id);
            if (d.na) problems.error(path, d.line, 0, "checklist.computedNa", d.id);
        } else if (d.ruleText != null) {
            problems.error(path, d.line, 0, "checklist.ruleNotComputed", d.id);
        }
        if (!d.kind.equals("number") && (d.min != null || d.max != null)) problems.error(path, d.line, 0, "checklist.minMaxNotNumber", d.id);
        if (d.min != null && d.max != null && d.min > d.max) problems.error(path, d.line, 0, "checklist.minAboveMax", d.id);
        if (d.integer && !d.kind.equals("number")) problems.error(path, d.line, 0, "checklist.integerNotNumber", d.id);
        if (d.constraintText != null && d.kind.equals("computed")) problems.error(path, d.line, 0, "checklist.constraintComputed", d.id);
        if (d.constraintText != null && (d.message == null || d.message.isBlank())) {
            problems.error(path, d.line, 0, "checklist.constraintMessage", d.id);
        }
        if (d.message != null && d.constraintText == null) problems.error(path, d.line, 0, "checklist.messageWithoutConstraint", d.id);
    }
}
