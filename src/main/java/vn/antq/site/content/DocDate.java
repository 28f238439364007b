package vn.antq.site.content;

/**
 * A date of issue as printed: the day, or day and month, may be blank in the original
 * ("ngày tháng năm 2025"), so both are optional (0 when blank).
 */
public record DocDate(int year, int month, int day) implements Comparable<DocDate> {

    public boolean complete() { return month > 0 && day > 0; }

    /** ISO form of what is known: 2024-03-15, 2024-03 or 2024. */
    public String iso() {
        // by hand, not String.format: every listing of every page prints dates
        if (month == 0) return pad(year, 4);
        if (day == 0) return pad(year, 4) + "-" + pad(month, 2);
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2);
    }

    /** As Vietnamese documents print it: 15/03/2024, 03/2024 or 2024. */
    public String display() {
        if (month == 0) return String.valueOf(year);
        if (day == 0) return pad(month, 2) + "/" + pad(year, 4);
        return pad(day, 2) + "/" + pad(month, 2) + "/" + pad(year, 4);
    }

    private static String pad(int n, int width) {
        String s = String.valueOf(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    @Override
    public int compareTo(DocDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) c = Integer.compare(month, o.month);
        if (c == 0) c = Integer.compare(day, o.day);
        return c;
    }
}
