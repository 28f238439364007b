package vn.antq.site.calendar;

import vn.antq.site.content.Deadline;
import vn.antq.site.model.Document;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The calendar as iCalendar (RFC 5545): yearly days recur yearly, monthly deadlines monthly.
 * No clock is read (DTSTAMP comes from the document's date) so the file is reproducible.
 */
public final class IcsWriter {
    private IcsWriter() {}

    /**
     * @param label   Vietnamese label of a message key ("calendar.kind.han-bao-cao", "type.chi-thi")
     * @param baseUrl absolute site URL ending in '/', or null
     */
    public static String write(Calendar calendar, String calendarName, Function<String, String> label, String baseUrl) {
        return write(calendar, calendarName, label, baseUrl, (page, anchor) -> anchor.isEmpty() ? page : page + "#" + anchor);
    }

    /** @param link the output path a link to a page's anchor ("" for its top) goes to (a long page's anchors are in its parts) */
    public static String write(Calendar calendar, String calendarName, Function<String, String> label, String baseUrl,
                               java.util.function.BinaryOperator<String> link) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//antq-site//ANTQ//VI");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + text(calendarName));
        for (CalendarEvent e : calendar.events()) {
            Deadline d = e.deadline();
            Document doc = e.document();
            int year = d.date() != null ? d.date().year() : doc.meta().date().year();
            int month = d.recurrence() == Deadline.Recurrence.MONTHLY ? Math.max(1, doc.meta().date().month()) : d.month();
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + e.uid());
            line(sb, String.format("DTSTAMP:%04d%02d%02dT000000Z", doc.meta().date().year(),
                    Math.max(1, doc.meta().date().month()), Math.max(1, doc.meta().date().day())));
            java.time.LocalDate start = java.time.LocalDate.of(year, month, Math.min(d.day(), java.time.YearMonth.of(year, month).lengthOfMonth()));
            line(sb, "DTSTART;VALUE=DATE:" + ymd(start));
            line(sb, "DTEND;VALUE=DATE:" + ymd(start.plusDays(1)));
            switch (d.recurrence()) {
                case YEARLY -> line(sb, "RRULE:FREQ=YEARLY");
                case MONTHLY -> line(sb, "RRULE:FREQ=MONTHLY;BYMONTHDAY=" + d.day());
                case ONCE -> { }
            }
            line(sb, "SUMMARY:" + text(d.what()));
            String source = label.apply("type." + doc.meta().type()) + " " + doc.number()
                    + (e.sectionTitle().isEmpty() ? "" : ", mục " + e.sectionTitle());
            line(sb, "DESCRIPTION:" + text(label.apply("calendar.kind." + d.kind()) + ". " + source));
            line(sb, "CATEGORIES:" + text(label.apply("calendar.kind." + d.kind())));
            line(sb, "TRANSP:TRANSPARENT");
            if (baseUrl != null) {
                // a folder's index by the folder's address, as the sitemap gives it
                String path = link.apply(doc.outputPath(), e.sectionId()).replaceFirst("(^|/)index\\.html(?=#|$)", "$1");
                line(sb, "URL:" + baseUrl + path);
            }
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    private static String ymd(java.time.LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** TEXT values escape backslash, semicolon, comma and newline. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Content lines end in CRLF and fold at 75 octets without splitting a UTF-8 character. */
    static void line(StringBuilder sb, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            sb.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                sb.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            sb.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
