package vn.antq.site.content;

/**
 * A deadline or movement day stated in a document. Exactly one of: a yearly day
 * ({@code month}/{@code day}), a monthly day ({@code day} only, month 0), or a one-off
 * {@code date}.
 */
public record Deadline(Recurrence recurrence, int month, int day, DocDate date, String what, String kind,
                       String section, int line) {
    public enum Recurrence { YEARLY, MONTHLY, ONCE }
}
