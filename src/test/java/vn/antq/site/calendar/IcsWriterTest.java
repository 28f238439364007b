package vn.antq.site.calendar;

import org.junit.jupiter.api.Test;
import vn.antq.site.content.DocDate;
import vn.antq.site.content.Deadline;
import vn.antq.site.model.Document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.antq.site.model.TestDocuments.document;

/** RFC 5545 as calendar programs read it: CRLF, 75-octet folding, recurrence, TEXT escaping, no clock. */
class IcsWriterTest {
    static final Function<String, String> LABELS = key -> Map.of(
            "type.chi-thi", "Chỉ thị",
            "calendar.kind.han-bao-cao", "Hạn báo cáo",
            "calendar.kind.ngay-truyen-thong", "Ngày truyền thống").getOrDefault(key, key);

    static Deadline yearly(int day, int month, String what) {
        return new Deadline(Deadline.Recurrence.YEARLY, month, day, null, what, "ngay-truyen-thong", null, 10);
    }

    static Deadline monthly(int day, String what) {
        return new Deadline(Deadline.Recurrence.MONTHLY, 0, day, null, what, "han-bao-cao", null, 12);
    }

    static String ics(CalendarEvent... events) {
        return IcsWriter.write(new Calendar(List.of(events)), "Lịch ANTQ", LABELS, "https://antq.example/");
    }

    /** The content lines of an iCalendar text, unfolded (RFC 5545 §3.1). */
    static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    static String property(String ics, String name) {
        return unfolded(ics).stream().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing in\n" + ics));
    }

    @Test
    void linesEndInCrlfAndFoldAt75OctetsWithoutLosingAByte() {
        String what = "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở tất cả các xã, phường, thị trấn, "
                + "cơ quan, doanh nghiệp và nhà trường trên địa bàn toàn quốc";
        Document d = document("chi-thi", "06/CT-BCA-V05").deadline(yearly(19, 8, what)).build();
        String ics = ics(new CalendarEvent(d.meta().deadlines().get(0), d, "", "", 1));

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n") || ics.replace("\r\n", "").contains("\r"), "no bare LF or CR");
        String[] physical = ics.split("\r\n");
        for (String line : physical) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        assertTrue(Arrays.stream(physical).filter(l -> l.startsWith(" ")).count() >= 2, "the summary was folded");
        assertEquals("SUMMARY:" + what.replace(",", "\\,"), property(ics, "SUMMARY"));
    }

    @Test
    void aMultibyteCharacterAtTheFoldGoesWholeToTheNextLine() {
        // "SUMMARY:" and 66 letters are 74 octets: "ệ" (3 octets) would straddle the 75th
        String content = "SUMMARY:" + "a".repeat(66) + "ệ" + "b".repeat(80) + "𠀀" + "c";
        StringBuilder sb = new StringBuilder();
        IcsWriter.line(sb, content);
        String[] lines = sb.toString().split("\r\n");
        assertEquals("SUMMARY:" + "a".repeat(66), lines[0]);
        assertTrue(lines[1].startsWith(" ệ"), lines[1]);
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, line);
            // a split character would not survive the round trip (a lone surrogate becomes '?')
            assertEquals(line, new String(bytes, StandardCharsets.UTF_8));
        }
        assertArrayEquals(content.getBytes(StandardCharsets.UTF_8),
                sb.toString().replace("\r\n ", "").replace("\r\n", "").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineOf75OctetsIsNotFoldedOneOf76Is() {
        StringBuilder exact = new StringBuilder();
        IcsWriter.line(exact, "X".repeat(75));
        assertEquals("X".repeat(75) + "\r\n", exact.toString());
        StringBuilder over = new StringBuilder();
        IcsWriter.line(over, "X".repeat(76));
        assertEquals("X".repeat(75) + "\r\n X\r\n", over.toString());
    }

    @Test
    void yearlyDaysRecurYearlyFromTheDocumentsYear() {
        Document d = document("chi-thi", "06/CT-BCA-V05").date(2025, 5, 7).deadline(yearly(19, 8, "Ngày hội")).build();
        String ics = ics(new CalendarEvent(d.meta().deadlines().get(0), d, "iii-to-chuc", "III. TỔ CHỨC", 1));
        assertEquals("DTSTART;VALUE=DATE:20250819", property(ics, "DTSTART"));
        assertEquals("DTEND;VALUE=DATE:20250820", property(ics, "DTEND"), "an all-day event ends the next day");
        assertEquals("RRULE:FREQ=YEARLY", property(ics, "RRULE"));
        assertEquals("URL:https://antq.example/van-ban/chi-thi-06-ct-bca-v05/#iii-to-chuc", property(ics, "URL"));
        assertEquals("DESCRIPTION:Ngày truyền thống. Chỉ thị 06/CT-BCA-V05\\, mục III. TỔ CHỨC", property(ics, "DESCRIPTION"));
    }

    @Test
    void monthlyDeadlinesRecurOnTheirDayFromTheDocumentsMonth() {
        Document d = document("chi-thi", "06/CT-BCA-V05").date(2025, 5, 7).deadline(monthly(10, "Báo cáo tháng")).build();
        String ics = ics(new CalendarEvent(d.meta().deadlines().get(0), d, "", "", 1));
        assertEquals("DTSTART;VALUE=DATE:20250510", property(ics, "DTSTART"));
        assertEquals("RRULE:FREQ=MONTHLY;BYMONTHDAY=10", property(ics, "RRULE"));
    }

    @Test
    void aOneOffDateDoesNotRecur() {
        Deadline once = new Deadline(Deadline.Recurrence.ONCE, 11, 15, new DocDate(2024, 11, 15), "Tổng kết", "han-bao-cao", null, 9);
        Document d = document("chi-thi", "06/CT-BCA-V05").deadline(once).build();
        String ics = ics(new CalendarEvent(once, d, "", "", 1));
        assertEquals("DTSTART;VALUE=DATE:20241115", property(ics, "DTSTART"));
        assertFalse(ics.contains("RRULE"), ics);
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewline() {
        assertEquals("a\\\\b\\;c\\,d\\ne", IcsWriter.text("a\\b;c,d\ne"));
        Document d = document("chi-thi", "06/CT-BCA-V05").deadline(yearly(1, 1, "Báo cáo; tổng hợp, gửi\nC:\\ANTQ")).build();
        assertEquals("SUMMARY:Báo cáo\\; tổng hợp\\, gửi\\nC:\\\\ANTQ",
                property(ics(new CalendarEvent(d.meta().deadlines().get(0), d, "", "", 1)), "SUMMARY"));
    }

    @Test
    void theSameInputGivesTheSameBytesAndStableUids() {
        // no clock: DTSTAMP is the document's date, so two builds (even years apart) agree
        Document d = document("chi-thi", "06/CT-BCA-V05").date(2025, 5, 7)
                .deadline(yearly(19, 8, "Ngày hội")).deadline(monthly(10, "Báo cáo")).build();
        CalendarEvent first = new CalendarEvent(d.meta().deadlines().get(0), d, "", "", 1);
        CalendarEvent second = new CalendarEvent(d.meta().deadlines().get(1), d, "", "", 2);
        String a = ics(first, second);
        Document again = document("chi-thi", "06/CT-BCA-V05").date(2025, 5, 7)
                .deadline(yearly(19, 8, "Ngày hội")).deadline(monthly(10, "Báo cáo")).build();
        String b = ics(new CalendarEvent(again.meta().deadlines().get(0), again, "", "", 1),
                new CalendarEvent(again.meta().deadlines().get(1), again, "", "", 2));
        assertArrayEquals(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        assertTrue(a.contains("DTSTAMP:20250507T000000Z\r\n"), a);
        List<String> uids = unfolded(a).stream().filter(l -> l.startsWith("UID:")).toList();
        assertEquals(List.of("UID:chi-thi-06-ct-bca-v05-1@antq-site", "UID:chi-thi-06-ct-bca-v05-2@antq-site"), uids,
                "a UID is the document's slug and the deadline's place, not a random or time-based value");
    }
}
