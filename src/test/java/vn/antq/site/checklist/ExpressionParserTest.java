package vn.antq.site.checklist;

import org.junit.jupiter.api.Test;
import vn.antq.site.content.Problem;
import vn.antq.site.content.Problems;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expression language: precedence {@code or > and > not > comparison > + - > * / > unary
 * minus}, parentheses, and mistakes reported at their column (syntax here; unknown ids and
 * types by {@link ChecklistParser}, at the column in the file line).
 */
class ExpressionParserTest {

    /** The tree as a prefix expression, so a test reads the grouping at a glance. */
    static String tree(Expr e) {
        if (e instanceof Expr.Num n) return n.text();
        if (e instanceof Expr.Str s) return "'" + s.value() + "'";
        if (e instanceof Expr.Bool b) return String.valueOf(b.value());
        if (e instanceof Expr.Ref r) return r.id();
        if (e instanceof Expr.Call c) return c.function() + "(" + String.join(",", c.args()) + ")";
        if (e instanceof Expr.Unary u) return "(" + u.op() + " " + tree(u.operand()) + ")";
        Expr.Binary b = (Expr.Binary) e;
        return "(" + b.op() + " " + tree(b.left()) + " " + tree(b.right()) + ")";
    }

    static String parse(String text) throws ExpressionParser.SyntaxError {
        return tree(ExpressionParser.parse(text));
    }

    @Test
    void precedenceFromOrDownToUnaryMinus() throws Exception {
        assertEquals("(or a (and b (not c)))", parse("a or b and not c"));
        assertEquals("(> (+ 1 (* 2 3)) 6)", parse("1 + 2 * 3 > 6"));
        assertEquals("(and (not (== x 'a')) (>= n 2))", parse("not x == 'a' and n >= 2"), "not applies to the whole comparison");
        assertEquals("(* (- n) 2)", parse("-n * 2"));
        assertEquals("(- (- 10 4) 3)", parse("10 - 4 - 3"), "left to right");
        assertEquals("(/ (/ 8 4) 2)", parse("8 / 4 / 2"));
    }

    @Test
    void parenthesesGroupAndSymbolsAreSynonyms() throws Exception {
        assertEquals("(and (or a b) c)", parse("(a or b) and c"));
        assertEquals("(* (+ 1 2) 3)", parse("((1 + 2)) * 3"));
        assertEquals(parse("a or b and not c"), parse("a || b && !c"));
        assertEquals("(and all_met() (not is_na(x)))", parse("all_met() and not is_na(x)"));
        assertEquals("(or true false)", parse("true or false"));
        assertEquals("(< .5 0.75)", parse(".5 < 0.75"));
    }

    @Test
    void nodesKeepTheirColumn() throws Exception {
        Expr.Binary or = (Expr.Binary) ExpressionParser.parse("a or  b");
        assertEquals(3, or.column());
        assertEquals(1, or.left().column());
        assertEquals(7, or.right().column());
    }

    static ExpressionParser.SyntaxError error(String text) {
        return assertThrows(ExpressionParser.SyntaxError.class, () -> ExpressionParser.parse(text), text);
    }

    @Test
    void syntaxErrorsNameTheirColumn() {
        record Case(String text, int column, String key) {}
        for (Case c : List.of(
                new Case("a b", 3, "checklist.expr.unexpected"),
                new Case("a and", 6, "checklist.expr.incomplete"),
                new Case("(a or b", 8, "checklist.expr.expected"),
                new Case("1 < 2 < 3", 7, "checklist.expr.unexpected"),
                new Case("x == 1..2", 6, "checklist.expr.badNumber"),
                new Case("x == 'a", 6, "checklist.expr.unclosedString"),
                new Case("a # b", 3, "checklist.expr.badChar"),
                new Case("answered(1)", 10, "checklist.expr.argument"),
                new Case("answered(a b)", 12, "checklist.expr.expected"),
                new Case("a and or b", 7, "checklist.expr.unexpected"),
                new Case("", 1, "checklist.expr.incomplete"))) {
            ExpressionParser.SyntaxError e = error(c.text());
            assertEquals(c.key(), e.key, c.text());
            assertEquals(c.column(), e.column, c.text());
        }
    }

    /** Parses a checklist whose third item has this condition; the problems, as PATH:LINE:COL lines. */
    static List<String> problemsOf(String when) {
        String line = "- [ ] Ba {#ba when=\"" + when + "\"}";
        Problems problems = new Problems(new vn.antq.site.content.Messages());
        Checklist c = TestChecklists.parse("""
                ## Nhóm {#nhom}

                - [ ] Một {#mot required}
                - [ ] Số người {#so kind=number}
                """ + line + "\n", problems);
        if (!problems.hasErrors()) return List.of();
        assertNull(c, "a checklist with errors is not built");
        return problems.sorted().stream().map(Problem::toString).collect(Collectors.toList());
    }

    /** The file column of {@code token} in the third item's line. */
    static int column(String when, String token) {
        return ("- [ ] Ba {#ba when=\"" + when).indexOf(token, "- [ ] Ba {#ba when=\"".length()) + 1;
    }

    @Test
    void unknownIdsAndTypeErrorsPointAtTheirColumnInTheFile() {
        int line = TestChecklists.BODY_LINE + 4;
        String unknown = "mot and khong_co";
        List<String> p = problemsOf(unknown);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(TestChecklists.PATH + ":" + line + ":" + column(unknown, "khong_co") + ": error: "), p.toString());
        assertTrue(p.get(0).contains("\"khong_co\" chưa có phía trên") && p.get(0).contains("mot, so"), p.toString());

        String addsABoolean = "mot + 1 > 2";
        p = problemsOf(addsABoolean);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(TestChecklists.PATH + ":" + line + ":" + column(addsABoolean, "+") + ": error: "), p.toString());
        assertTrue(p.get(0).contains("phép \"+\" dùng sai kiểu"), p.toString());

        String numberNotCondition = "so * 2";
        p = problemsOf(numberNotCondition);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("phải cho kết quả đúng/sai"), p.toString());

        String syntax = "so > > 1";
        p = problemsOf(syntax);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(TestChecklists.PATH + ":" + line + ":" + column(syntax, "> 1") + ": error: "), p.toString());

        assertEquals(List.of(), problemsOf("mot and so >= 2"), "well typed, ids above");
    }
}
