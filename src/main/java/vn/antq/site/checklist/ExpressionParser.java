package vn.antq.site.checklist;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the small expression language of checklists:
 * {@code or > and > not > comparison > + - > * / > unary minus > primary}.
 * Primaries: numbers, 'strings', true, false, item ids, function calls, parentheses.
 */
final class ExpressionParser {
    /** A mistake in an expression, at a 1-based column. */
    static final class SyntaxError extends Exception {
        final int column;
        final String key;
        final Object[] args;
        SyntaxError(int column, String key, Object... args) {
            super(key);
            this.column = column;
            this.key = key;
            this.args = args;
        }
    }

    private record Token(String kind, String text, int column) {}

    private final List<Token> tokens;
    private int pos;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr parse(String text) throws SyntaxError {
        ExpressionParser p = new ExpressionParser(tokenize(text));
        Expr e = p.or();
        if (p.peek().kind().equals("end")) return e;
        Token t = p.peek();
        throw new SyntaxError(t.column(), "checklist.expr.unexpected", t.text());
    }

    private static List<Token> tokenize(String s) throws SyntaxError {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int col = i + 1;
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                String num = s.substring(i, j);
                if (!num.matches("\\d+(\\.\\d+)?|\\.\\d+")) throw new SyntaxError(col, "checklist.expr.badNumber", num);
                out.add(new Token("num", num, col));
                i = j;
            } else if (c == '\'' || c == '"') {
                int j = s.indexOf(c, i + 1);
                if (j < 0) throw new SyntaxError(col, "checklist.expr.unclosedString");
                out.add(new Token("str", s.substring(i + 1, j), col));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(new Token("id", s.substring(i, j), col));
                i = j;
            } else {
                String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
                    out.add(new Token("op", two.equals("&&") ? "and" : two.equals("||") ? "or" : two, col));
                    i += 2;
                } else if ("<>+-*/(),!".indexOf(c) >= 0) {
                    out.add(new Token("op", c == '!' ? "not" : String.valueOf(c), col));
                    i++;
                } else {
                    throw new SyntaxError(col, "checklist.expr.badChar", String.valueOf(c));
                }
            }
        }
        out.add(new Token("end", "", s.length() + 1));
        return out;
    }

    private Token peek() { return tokens.get(pos); }

    /** The next token is {@code op}: an operator, or a word used as one (and, or, not; never a symbol). */
    private boolean isOp(String op) {
        Token t = peek();
        return (t.kind().equals("op") || t.kind().equals("id")) && t.text().equals(op);
    }

    private Expr or() throws SyntaxError {
        return chain(this::and, "or");
    }

    private Expr and() throws SyntaxError {
        return chain(this::not, "and");
    }

    private Expr not() throws SyntaxError {
        return prefix("not", this::comparison);
    }

    private Expr comparison() throws SyntaxError {
        Expr left = sum();
        for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
            if (isOp(op)) {
                Token t = tokens.get(pos++);
                return new Expr.Binary(op, left, sum(), t.column());
            }
        }
        return left;
    }

    private Expr sum() throws SyntaxError {
        return chain(this::product, "+", "-");
    }

    private Expr product() throws SyntaxError {
        return chain(this::unary, "*", "/");
    }

    private Expr unary() throws SyntaxError {
        return prefix("-", this::primary);
    }

    /** The parser of a level of precedence. */
    private interface Level {
        Expr parse() throws SyntaxError;
    }

    /** A level whose operators group to the left: {@code operand (op operand)*}. */
    private Expr chain(Level operand, String... ops) throws SyntaxError {
        Expr left = operand.parse();
        while (isAnyOp(ops)) {
            Token t = tokens.get(pos++);
            left = new Expr.Binary(t.text(), left, operand.parse(), t.column());
        }
        return left;
    }

    private boolean isAnyOp(String... ops) {
        for (String op : ops) if (isOp(op)) return true;
        return false;
    }

    /** A prefix operator, which may repeat ("not not a", "- -1"), before an operand of the next level. */
    private Expr prefix(String op, Level next) throws SyntaxError {
        if (!isOp(op)) return next.parse();
        Token t = tokens.get(pos++);
        return new Expr.Unary(op, prefix(op, next), t.column());
    }

    private Expr primary() throws SyntaxError {
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case "num" -> { return new Expr.Num(Double.parseDouble(t.text()), t.text(), t.column()); }
            case "str" -> { return new Expr.Str(t.text(), t.column()); }
            case "id" -> {
                if (t.text().equals("true") || t.text().equals("false")) return new Expr.Bool(t.text().equals("true"), t.column());
                if (List.of("and", "or", "not").contains(t.text())) throw new SyntaxError(t.column(), "checklist.expr.unexpected", t.text());
                if (isOp("(")) {
                    pos++;
                    List<String> args = new ArrayList<>();
                    while (!isOp(")")) {
                        Token a = tokens.get(pos++);
                        if (!a.kind().equals("id")) throw new SyntaxError(a.column(), "checklist.expr.argument", t.text());
                        args.add(a.text());
                        if (isOp(",")) pos++;
                        else if (!isOp(")")) {
                            throw new SyntaxError(peek().column(), "checklist.expr.expected", ")");
                        }
                    }
                    pos++;
                    return new Expr.Call(t.text(), args, t.column());
                }
                return new Expr.Ref(t.text(), t.column());
            }
            case "op" -> {
                if (t.text().equals("(")) {
                    Expr inner = or();
                    if (!isOp(")")) {
                        throw new SyntaxError(peek().column(), "checklist.expr.expected", ")");
                    }
                    pos++;
                    return inner;
                }
                throw new SyntaxError(t.column(), "checklist.expr.unexpected", t.text());
            }
            default -> throw new SyntaxError(t.column(), "checklist.expr.incomplete");
        }
    }
}
