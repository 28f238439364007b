package vn.antq.site.checklist;

import java.util.List;

/** A parsed rule expression of a checklist: conditions, computed items and outcomes. */
public sealed interface Expr {
    /** Column (1-based) in the expression text, for error messages. */
    int column();

    record Num(double value, String text, int column) implements Expr {}
    record Str(String value, int column) implements Expr {}
    record Bool(boolean value, int column) implements Expr {}
    record Ref(String id, int column) implements Expr {}
    record Unary(String op, Expr operand, int column) implements Expr {}
    record Binary(String op, Expr left, Expr right, int column) implements Expr {}
    record Call(String function, List<String> args, int column) implements Expr {}

    enum Type { BOOL, NUM, STR }
}
