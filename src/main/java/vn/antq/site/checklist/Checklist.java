package vn.antq.site.checklist;

import java.util.List;

/** A checklist definition, parsed and validated. */
public record Checklist(String id, String title, String summary, int version, List<String> audience,
                        List<String> legalBasis, String notice, String type, List<Outcome> outcomes, int total,
                        List<Band> bands, List<Target> targets, String intro, List<Section> sections, String sourcePath) {

    public static final String PASS_FAIL = "pass-fail";
    public static final String SCORE = "score";

    public record Outcome(String id, String label, Expr when, String whenText) {}

    /** A result band; {@code min} is null when the official threshold is not known. */
    public record Band(String id, String label, Double min) {}

    /**
     * A plan's target for the supervisor view: the share of units (percent) whose outcome is one
     * of {@code outcomes} must reach {@code min} ({@code strict}: exceed it).
     */
    public record Target(String label, List<String> outcomes, double min, boolean strict, String source) {}

    public record Section(String id, String title, String intro, List<Item> items) {}

    public record Option(String id, String label) {}

    /**
     * One criterion or question.
     *
     * @param kind yes-no, not-happened, choice, number or computed
     * @param integer a number item that only takes whole numbers (a count)
     * @param constraint a condition the answer must meet (over the items above and the item itself), or null
     * @param message what the page says when {@code constraint} is broken
     */
    public record Item(String id, String kind, String text, String help, boolean required, int points, boolean na,
                       Expr when, String whenText, Expr rule, String ruleText, String basis, Double min, Double max,
                       boolean integer, Expr constraint, String constraintText, String message,
                       List<Option> options, String section, int line) {
        /** Items answered with met / not met (and so counted by all_met, score, count_met). */
        public boolean isCriterion() {
            return kind.equals("yes-no") || kind.equals("not-happened") || kind.equals("computed");
        }

        /** Items the user answers (every kind but computed): what "N câu hỏi" and the progress count. */
        public boolean isQuestion() {
            return !kind.equals("computed");
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The items the user answers; the list page, the progress and the "resumed" notice count these. */
    public List<Item> questions() {
        return items().stream().filter(Item::isQuestion).toList();
    }

    public Item item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
