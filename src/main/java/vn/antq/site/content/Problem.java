package vn.antq.site.content;

/** One problem found in the input, printed as {@code PATH:LINE[:COL]: error|warning: MESSAGE}. */
public record Problem(String path, int line, int column, Severity severity, String message)
        implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning")
                .append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }
}
