package vn.antq.site.checklist;

import java.util.ArrayList;
import java.util.List;

/**
 * An item as its lines give it, before its expressions can be checked: they may only use the
 * items above, which are known once the whole body is read.
 */
final class ItemDraft {
    String id, kind = "yes-no", text, basis, whenText, ruleText, constraintText, message;
    boolean required, na, integer;
    int points, line, whenCol, ruleCol, constraintCol;
    Double min, max;
    final List<Checklist.Option> options = new ArrayList<>();
    final StringBuilder help = new StringBuilder();
    String section;

    /** The item with its parsed expressions (null where it has none or they did not parse). */
    Checklist.Item toItem(Expr when, Expr rule, Expr constraint) {
        return new Checklist.Item(id, kind, text, help.toString().strip(), required, points, na, when, whenText,
                rule, ruleText, basis, min, max, integer, constraint, constraintText, message,
                List.copyOf(options), section, line);
    }
}
