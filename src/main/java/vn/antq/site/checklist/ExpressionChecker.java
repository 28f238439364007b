package vn.antq.site.checklist;

import vn.antq.site.content.Problems;

import java.util.Map;

/**
 * Parses and checks the expressions of one checklist file (conditions, rules, constraints,
 * outcomes): syntax, known ids, types, constant division by zero. Each problem is reported at
 * the expression's column in the file line when the expression sits in a line of text
 * ({@code col > 0}), else at the line.
 */
final class ExpressionChecker {
    private final String path;
    private final Problems problems;

    ExpressionChecker(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /**
     * The expression, or null when it does not parse (reported). {@code known} are the items
     * it may use (those above it); {@code self}, when given, is the item it belongs to, named
     * in the message when it uses itself.
     */
    Expr check(int line, int col, String text, Map<String, Checklist.Item> known, String self, Expr.Type expected) {
        Expr e;
        try {
            e = ExpressionParser.parse(text);
        } catch (ExpressionParser.SyntaxError err) {
            Object[] args = new Object[err.args.length + 1];
            args[0] = text;
            System.arraycopy(err.args, 0, args, 1, err.args.length);
            problems.error(path, line, col == 0 ? 0 : col + err.column - 1, err.key, args);
            return null;
        }
        Expr.Type t = new TypeChecker(line, col, text, known, self).type(e);
        if (t != null && t != expected) {
            problems.error(path, line, col, "checklist.expr.notCondition", text);
        }
        return e;
    }

    static Expr.Type itemType(Checklist.Item item) {
        return switch (item.kind()) {
            case "number" -> Expr.Type.NUM;
            case "choice" -> Expr.Type.STR;
            default -> Expr.Type.BOOL;
        };
    }

    /** Infers the types of one expression and reports what cannot be evaluated. */
    private final class TypeChecker {
        private final String text, self;
        private final int line, col;
        private final Map<String, Checklist.Item> known;

        TypeChecker(int line, int col, String text, Map<String, Checklist.Item> known, String self) {
            this.line = line; this.col = col; this.text = text; this.known = known; this.self = self;
        }

        private int at(Expr e) {
            return col == 0 ? 0 : col + e.column() - 1;
        }

        Expr.Type type(Expr e) {
            if (e instanceof Expr.Num) return Expr.Type.NUM;
            if (e instanceof Expr.Str) return Expr.Type.STR;
            if (e instanceof Expr.Bool) return Expr.Type.BOOL;
            if (e instanceof Expr.Ref ref) {
                Checklist.Item item = item(ref.id(), ref);
                return item == null ? null : itemType(item);
            }
            if (e instanceof Expr.Call call) return call(call);
            if (e instanceof Expr.Unary u) {
                Expr.Type t = type(u.operand());
                Expr.Type want = u.op().equals("not") ? Expr.Type.BOOL : Expr.Type.NUM;
                if (t != null && t != want) problems.error(path, line, at(u), "checklist.expr.type", text, u.op());
                return want;
            }
            Expr.Binary b = (Expr.Binary) e;
            Expr.Type l = type(b.left());
            Expr.Type r = type(b.right());
            switch (b.op()) {
                case "and", "or" -> {
                    operands(b, l, r, Expr.Type.BOOL);
                    return Expr.Type.BOOL;
                }
                case "==", "!=" -> {
                    if (l != null && r != null && l != r) problems.error(path, line, at(b), "checklist.expr.type", text, b.op());
                    checkOption(b.left(), b.right());
                    checkOption(b.right(), b.left());
                    return Expr.Type.BOOL;
                }
                case "<", "<=", ">", ">=" -> {
                    operands(b, l, r, Expr.Type.NUM);
                    return Expr.Type.BOOL;
                }
                default -> {
                    operands(b, l, r, Expr.Type.NUM);
                    if (b.op().equals("/") && b.right() instanceof Expr.Num n && n.value() == 0) {
                        problems.error(path, line, at(b), "checklist.expr.divisionByZero", text);
                    }
                    return Expr.Type.NUM;
                }
            }
        }

        /** Both operands of {@code b} must be of type {@code want} (an unknown type was reported already). */
        private void operands(Expr.Binary b, Expr.Type l, Expr.Type r, Expr.Type want) {
            if ((l != null && l != want) || (r != null && r != want)) {
                problems.error(path, line, at(b), "checklist.expr.type", text, b.op());
            }
        }

        /** 'option' compared with a choice item must be one of its options. */
        private void checkOption(Expr ref, Expr literal) {
            if (ref instanceof Expr.Ref r && literal instanceof Expr.Str s) {
                Checklist.Item item = known.get(r.id());
                if (item != null && item.kind().equals("choice") && item.options().stream().noneMatch(o -> o.id().equals(s.value()))) {
                    problems.error(path, line, at(s), "checklist.expr.unknownOption", text, s.value(), r.id(),
                            String.join(", ", item.options().stream().map(Checklist.Option::id).toList()));
                }
            }
        }

        private Checklist.Item item(String id, Expr at) {
            Checklist.Item item = known.get(id);
            if (item == null) {
                String key = id.equals(self) ? "checklist.expr.selfReference" : "checklist.expr.unknownId";
                problems.error(path, line, at(at), key, text, id, String.join(", ", known.keySet()));
            }
            return item;
        }

        private Expr.Type call(Expr.Call c) {
            switch (c.function()) {
                case "all_met" -> { arity(c, 0); return Expr.Type.BOOL; }
                case "score", "count_met" -> { arity(c, 0); return Expr.Type.NUM; }
                case "answered", "is_na" -> {
                    arity(c, 1);
                    for (String a : c.args()) item(a, c);
                    return Expr.Type.BOOL;
                }
                default -> {
                    problems.error(path, line, at(c), "checklist.expr.unknownFunction", text, c.function());
                    return null;
                }
            }
        }

        private void arity(Expr.Call c, int n) {
            if (c.args().size() != n) problems.error(path, line, at(c), "checklist.expr.arity", text, c.function(), n);
        }
    }
}
