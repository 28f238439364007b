package vn.antq.site.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference evaluation of a checklist for a set of answers. The shipped JavaScript
 * (runtime + compiled rules) must give the same outcome, score and progress for every
 * answer set; a differential test checks it.
 *
 * <p>Values are three-valued: {@code null} is "unknown" (unanswered, hidden, not applicable).
 * Items are evaluated in order; a condition sees the items above it.
 */
public final class Evaluator {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Why an answer is refused: not a number, below min, above max, not whole, its constraint broken. */
    public static final String NOT_A_NUMBER = "number", BELOW_MIN = "min", ABOVE_MAX = "max", NOT_INTEGER = "integer",
            CONSTRAINT = "constraint";

    /**
     * The evaluation of one answer set. {@code errors}: item id → why its answer is refused (an
     * item in error has no value; while any error stands there is no outcome). {@code failed}:
     * the criteria shown and answered "not met" (or computed so), in order.
     */
    public record Result(String outcome, int score, int answered, int total, Map<String, String> sectionProgress,
                         Set<String> visible, List<String> missing, Map<String, String> errors, List<String> failed,
                         Map<String, Object> values) {
        public String progress() { return answered + "/" + total; }
    }

    private final Checklist checklist;

    public Evaluator(Checklist checklist) {
        this.checklist = checklist;
    }

    /** @param answers item id → submitted value ("yes", "no", "na", a number, an option id) */
    public Result evaluate(Map<String, String> answers) {
        State s = new State(answers);
        for (Checklist.Item item : checklist.items()) s.step(item);
        String outcome = "";
        if (!s.errors.isEmpty()) {
            // an impossible answer never yields an outcome
        } else if (checklist.type().equals(Checklist.PASS_FAIL)) {
            for (Checklist.Outcome o : checklist.outcomes()) {
                if (Boolean.TRUE.equals(s.eval(o.when()))) { outcome = o.id(); break; }
            }
        } else if (s.scoreFinal()) {
            int score = s.score();
            for (Checklist.Band b : checklist.bands()) {
                if (b.min() != null && score >= b.min()) { outcome = b.id(); break; }
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (Checklist.Section sec : checklist.sections()) {
            int a = 0, t = 0;
            for (Checklist.Item i : sec.items()) {
                if (s.countable(i)) { t++; if (s.values.get(i.id()) != null) a++; }
            }
            sections.put(sec.id(), a + "/" + t);
        }
        List<String> missing = new ArrayList<>();
        for (Checklist.Item i : checklist.items()) {
            if (i.required() && s.countable(i) && s.values.get(i.id()) == null && !s.errors.containsKey(i.id())) missing.add(i.id());
        }
        List<String> failed = new ArrayList<>();
        for (Checklist.Item i : checklist.items()) {
            if (i.isCriterion() && s.visible.contains(i.id()) && !s.na.contains(i.id()) && Boolean.FALSE.equals(s.values.get(i.id()))) {
                failed.add(i.id());
            }
        }
        return new Result(outcome, s.score(), s.answered(), s.total(), sections, s.visible, missing, s.errors, failed, s.values);
    }

    /** Evaluation state: values of the items processed so far. */
    private final class State {
        final Map<String, String> answers;
        final Map<String, Object> values = new LinkedHashMap<>();
        final Set<String> visible = new LinkedHashSet<>();
        final Set<String> na = new LinkedHashSet<>();
        final Map<String, String> errors = new LinkedHashMap<>();
        final List<Checklist.Item> done = new ArrayList<>();

        State(Map<String, String> answers) {
            this.answers = answers;
        }

        void step(Checklist.Item item) {
            done.add(item);
            boolean shown = item.when() == null || Boolean.TRUE.equals(eval(item.when()));
            if (!shown) {
                values.put(item.id(), null);
                return;
            }
            visible.add(item.id());
            String raw = answers.get(item.id());
            Object value = null;
            if (item.kind().equals("computed")) {
                Object r = eval(item.rule());
                value = r instanceof Boolean ? r : null;
            } else if ("na".equals(raw) && item.na()) {
                na.add(item.id());
            } else if (raw != null) {
                switch (item.kind()) {
                    case "yes-no", "not-happened" -> value = raw.equals("yes") ? Boolean.TRUE : raw.equals("no") ? Boolean.FALSE : null;
                    case "number" -> {
                        String error = null;
                        if (!NUMBER.matcher(raw).matches()) error = NOT_A_NUMBER;
                        else {
                            double d = Double.parseDouble(raw);
                            if (item.min() != null && d < item.min()) error = BELOW_MIN;
                            else if (item.max() != null && d > item.max()) error = ABOVE_MAX;
                            else if (item.integer() && d != Math.floor(d)) error = NOT_INTEGER;
                            else value = d;
                        }
                        if (error != null) errors.put(item.id(), error);
                    }
                    case "choice" -> value = item.options().stream().anyMatch(o -> o.id().equals(raw)) ? raw : null;
                    default -> { }
                }
            }
            values.put(item.id(), value);
            if (value != null && item.constraint() != null && Boolean.FALSE.equals(eval(item.constraint()))) {
                errors.put(item.id(), CONSTRAINT);
                values.put(item.id(), null);
            }
        }

        boolean countable(Checklist.Item i) {
            return visible.contains(i.id()) && !i.kind().equals("computed") && !na.contains(i.id());
        }

        int answered() {
            int n = 0;
            for (Checklist.Item i : done) if (countable(i) && values.get(i.id()) != null) n++;
            return n;
        }

        int total() {
            int n = 0;
            for (Checklist.Item i : done) if (countable(i)) n++;
            return n;
        }

        /** Met: a criterion's value; a required question counts as met once answered. */
        Boolean met(Checklist.Item i) {
            Object v = values.get(i.id());
            if (i.isCriterion()) return (Boolean) v;
            return v == null ? null : Boolean.TRUE;
        }

        Boolean allMet() {
            boolean unknown = false;
            for (Checklist.Item i : done) {
                if (!i.required() || !visible.contains(i.id()) || na.contains(i.id())) continue;
                Boolean m = met(i);
                if (Boolean.FALSE.equals(m)) return false;
                if (m == null) unknown = true;
            }
            return unknown ? null : Boolean.TRUE;
        }

        int score() {
            int sum = 0;
            for (Checklist.Item i : done) {
                if (i.isCriterion() && visible.contains(i.id()) && !na.contains(i.id()) && Boolean.TRUE.equals(values.get(i.id()))) {
                    sum += i.points();
                }
            }
            return sum;
        }

        int countMet() {
            int n = 0;
            for (Checklist.Item i : done) {
                if (i.isCriterion() && visible.contains(i.id()) && !na.contains(i.id()) && Boolean.TRUE.equals(values.get(i.id()))) n++;
            }
            return n;
        }

        /** The score is final when every visible item carrying points is decided. */
        boolean scoreFinal() {
            for (Checklist.Item i : done) {
                if (i.points() > 0 && visible.contains(i.id()) && !na.contains(i.id()) && values.get(i.id()) == null) return false;
            }
            return true;
        }

        Object eval(Expr e) {
            if (e instanceof Expr.Num n) return n.value();
            if (e instanceof Expr.Str s) return s.value();
            if (e instanceof Expr.Bool b) return b.value();
            if (e instanceof Expr.Ref r) return values.get(r.id());
            if (e instanceof Expr.Call c) {
                return switch (c.function()) {
                    case "all_met" -> allMet();
                    case "score" -> (double) score();
                    case "count_met" -> (double) countMet();
                    case "answered" -> values.get(c.args().get(0)) != null;
                    case "is_na" -> na.contains(c.args().get(0));
                    default -> throw new IllegalStateException(c.function());
                };
            }
            if (e instanceof Expr.Unary u) {
                Object v = eval(u.operand());
                if (v == null) return null;
                return u.op().equals("not") ? (Object) !(Boolean) v : (Object) (-(Double) v);
            }
            Expr.Binary b = (Expr.Binary) e;
            Object l = eval(b.left());
            Object r = eval(b.right());
            switch (b.op()) {
                case "and":
                    if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) return false;
                    return l == null || r == null ? null : Boolean.TRUE;
                case "or":
                    if (Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r)) return true;
                    return l == null || r == null ? null : Boolean.FALSE;
                default:
                    break;
            }
            if (l == null || r == null) return null;
            switch (b.op()) {
                case "==": return same(l, r);
                case "!=": return !same(l, r);
                default: break;
            }
            double x = (Double) l, y = (Double) r;
            return switch (b.op()) {
                case "<" -> x < y;
                case "<=" -> x <= y;
                case ">" -> x > y;
                case ">=" -> x >= y;
                case "+" -> x + y;
                case "-" -> x - y;
                case "*" -> x * y;
                case "/" -> y == 0 ? null : (Object) (x / y);
                default -> throw new IllegalStateException(b.op());
            };
        }

        private boolean same(Object l, Object r) {
            if (l instanceof Double x && r instanceof Double y) return x.doubleValue() == y.doubleValue();
            return l.equals(r);
        }
    }
}
