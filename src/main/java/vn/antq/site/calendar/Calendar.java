package vn.antq.site.calendar;

import vn.antq.site.content.Deadline;
import vn.antq.site.content.Problems;
import vn.antq.site.markdown.Rendered;
import vn.antq.site.markdown.TocEntry;
import vn.antq.site.model.Document;
import vn.antq.site.model.Site;
import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The deadlines and movement days declared in documents' front matter, each tied to the
 * heading it names, ordered through the year: monthly ones first, then by month and day.
 */
public record Calendar(List<CalendarEvent> events) {

    public static Calendar build(Site site, Map<String, Rendered> bodies, Problems problems) {
        List<CalendarEvent> events = new ArrayList<>();
        for (Document d : site.documents()) {
            List<Deadline> deadlines = d.meta().deadlines();
            Rendered body = bodies.get(d.sourcePath());
            List<String> folded = null; // the headings folded, once per document that needs them
            for (int i = 0; i < deadlines.size(); i++) {
                Deadline dl = deadlines.get(i);
                String id = "";
                String title = "";
                if (dl.section() != null && body != null) {
                    if (folded == null) folded = body.headings().stream().map(h -> Folding.slug(h.text())).toList();
                    TocEntry h = find(body.headings(), folded, dl.section());
                    if (h == null) {
                        problems.error(d.sourcePath(), dl.line(), 0, "calendar.unknownSection", dl.section());
                        continue;
                    }
                    id = h.id();
                    title = h.text();
                }
                events.add(new CalendarEvent(dl, d, id, title, i + 1));
            }
        }
        events.sort(ORDER);
        return new Calendar(List.copyOf(events));
    }

    /** Headings are matched folded, so case, tone marks and punctuation do not matter. */
    private static TocEntry find(List<TocEntry> headings, List<String> folded, String section) {
        int at = folded.indexOf(Folding.slug(section));
        return at < 0 ? null : headings.get(at);
    }

    static final Comparator<CalendarEvent> ORDER = Comparator
            .comparingInt((CalendarEvent e) -> e.deadline().recurrence() == Deadline.Recurrence.MONTHLY ? 0 : 1)
            .thenComparingInt(e -> e.deadline().month())
            .thenComparingInt(e -> e.deadline().day())
            .thenComparingInt(e -> e.deadline().date() == null ? 0 : e.deadline().date().year())
            .thenComparing(e -> e.document().slug())
            .thenComparingInt(CalendarEvent::index);
}
