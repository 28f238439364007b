package vn.antq.site.calendar;

import vn.antq.site.content.Deadline;
import vn.antq.site.model.Document;

/** A deadline or movement day, tied to the section of the document that states it. */
public record CalendarEvent(Deadline deadline, Document document, String sectionId, String sectionTitle, int index) {
    /** Stable identifier: the document's slug and the deadline's position in its front matter. */
    public String uid() {
        return document.slug() + "-" + index + "@antq-site";
    }
}
