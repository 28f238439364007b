package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.checklist.Evaluator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled checklist scripts, run in Chromium, must agree with the Java reference
 * evaluator on outcome, score, progress, per-section progress, missing items, visibility, refused
 * answers (constraints, ranges, whole numbers, text that is not a number) and criteria not met,
 * for 1,000 generated answer sets per checklist.
 */
class ChecklistDifferentialTest {
    static final int SETS = 1000;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    static String summary(Evaluator.Result r) {
        StringBuilder sections = new StringBuilder("{");
        r.sectionProgress().forEach((k, v) -> {
            if (sections.length() > 1) sections.append(',');
            sections.append('"').append(k).append("\":\"").append(v).append('"');
        });
        sections.append('}');
        StringBuilder errors = new StringBuilder();
        r.errors().forEach((k, v) -> errors.append(errors.length() > 0 ? "," : "").append(k).append(':').append(v));
        return String.join("|", r.outcome(), String.valueOf(r.score()), r.progress(), sections,
                String.join(",", r.missing()), String.join(",", r.visible()), errors, String.join(",", r.failed()));
    }

    @Test
    void compiledScriptsAgreeWithTheJavaEvaluator() {
        List<Checklist> checklists = Checklists.load();
        assertTrue(checklists.size() >= 1);
        for (Checklist c : checklists) {
            Random rnd = new Random(c.id().hashCode());
            List<Map<String, String>> sets = new ArrayList<>();
            for (int n = 0; n < SETS; n++) {
                double good = n % 3 == 0 ? 1.0 : n % 3 == 1 ? 0.95 : 0.6;
                sets.add(n < 5 ? Checklists.allGood(c, null) : Checklists.randomAnswers(c, rnd, good));
            }
            Evaluator java = new Evaluator(c);
            browser.driver.get(browser.url("tu-kiem-tra/" + c.id() + "/index.html"));
            @SuppressWarnings("unchecked")
            List<String> js = (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                    const def = self.antqChecklists[arguments[0]];
                    return arguments[1].map((a) => {
                      const r = self.antqChecklistRuntime.evaluate(def, a);
                      return [r.outcome, String(r.score), r.answered + '/' + r.total, JSON.stringify(r.sections),
                              r.missing.join(','), r.visible.join(','),
                              Object.entries(r.errors).map(([k, v]) => k + ':' + v).join(','), r.failed.join(',')].join('|');
                    });""", c.id(), sets);
            assertEquals(SETS, js.size());
            int disagreements = 0;
            String first = null;
            Set<String> outcomes = new HashSet<>();
            Set<String> errorKinds = new HashSet<>();
            for (int n = 0; n < SETS; n++) {
                String expected = summary(java.evaluate(sets.get(n)));
                outcomes.add(expected.substring(0, expected.indexOf('|')));
                Matcher kinds = Pattern.compile(":([a-z]+)").matcher(expected.split("\\|", -1)[6]);
                while (kinds.find()) errorKinds.add(kinds.group(1));
                if (!expected.equals(js.get(n))) {
                    disagreements++;
                    if (first == null) first = "set " + n + " " + sets.get(n) + "\njava: " + expected + "\njs:   " + js.get(n);
                }
            }
            assertEquals(0, disagreements, c.id() + ": " + first);
            if (Checklist.PASS_FAIL.equals(c.type())) {
                assertTrue(outcomes.size() >= 2, c.id() + " exercised only " + outcomes);
            }
            boolean constrained = c.items().stream().anyMatch(i -> i.constraint() != null);
            if (constrained) {
                // the sets must reach every way an answer can be refused, or the comparison proves little
                assertEquals(Set.of("number", "min", "integer", "constraint"), errorKinds, c.id());
            }
        }
    }
}
