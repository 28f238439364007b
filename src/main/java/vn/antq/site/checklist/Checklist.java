package vn.antq.site.checklist;

import java.util.List;

/** A checklist definition, parsed and validated. */
public record Checklist(String id, String title, String summary, int version, List<String> audience,
                        List<String> legalBasis, String notice, String type, List<Outcome> outcomes, int total,
                        List<Band> bands, String intro, List<Section> sections, String sourcePath) {

    public static final String PASS_FAIL = "pass-fail";
    public static final String SCORE = "score";

    public record Outcome(String id, String label, Expr when, String whenText) {}

    /** A result band; {@code min} is null when the official threshold is not known. */
    public record Band(String id, String label, Double min) {}

    public record Section(String id, String title, String intro, List<Item> items) {}

    public record Option(String id, String label) {}

    /**
     * One criterion or question.
     *
     * @param kind yes-no, not-happened, choice, number or computed
     */
    public record Item(String id, String kind, String text, String help, boolean required, int points, boolean na,
                       Expr when, String whenText, Expr rule, String ruleText, String basis, Double min, Double max,
                       List<Option> options, String section, int line) {
        /** Items answered with met / not met (and so counted by all_met, score, count_met). */
        public boolean isCriterion() {
            return kind.equals("yes-no") || kind.equals("not-happened") || kind.equals("computed");
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Item item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
