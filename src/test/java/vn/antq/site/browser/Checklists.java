package vn.antq.site.browser;

import vn.antq.site.TestSite;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.checklist.ChecklistParser;
import vn.antq.site.content.ContentLoader;
import vn.antq.site.content.FrontMatter;
import vn.antq.site.content.Messages;
import vn.antq.site.content.Problems;
import vn.antq.site.content.SourceFile;
import vn.antq.site.content.Yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The project's checklists parsed as the build parses them, and random answer sets for them. */
final class Checklists {
    private Checklists() {}

    static List<Checklist> load() {
        Problems problems = new Problems(new Messages());
        ContentLoader loader = new ContentLoader(TestSite.PROJECT, problems);
        List<Checklist> out = new ArrayList<>();
        for (ContentLoader.MarkdownFile found : loader.load().markdown()) {
            if (!found.path().startsWith("content/tu-kiem-tra/")) continue;
            SourceFile f = loader.read(found);
            FrontMatter fm = FrontMatter.parse(f, new Yaml(), problems);
            Checklist c = new ChecklistParser(problems).parse(fm);
            if (c != null) out.add(c);
        }
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return out;
    }

    /**
     * A random answer set: each question left blank, answered (well, with probability
     * {@code good}, or badly), "na", or given a value the runtime must reject.
     */
    static Map<String, String> randomAnswers(Checklist c, Random rnd, double good) {
        Map<String, String> a = new HashMap<>();
        for (Checklist.Item i : c.items()) {
            if (i.kind().equals("computed")) continue;
            double roll = rnd.nextDouble();
            if (roll < 0.15) continue; // unanswered
            if (roll < 0.20) { a.put(i.id(), "na"); continue; }
            if (roll < 0.22) { a.put(i.id(), "khong-hop-le"); continue; }
            switch (i.kind()) {
                case "yes-no", "not-happened" -> a.put(i.id(), rnd.nextDouble() < good ? "yes" : "no");
                case "number" -> {
                    // counts around the usual sizes (so a part is above its total now and then), halves,
                    // negatives and text the page reads as "not a number"
                    double r = rnd.nextDouble();
                    a.put(i.id(), r < 0.8 ? String.valueOf(rnd.nextInt(16)) : r < 0.88 ? rnd.nextInt(10) + ".5"
                            : r < 0.96 ? "-" + rnd.nextInt(5) : List.of("?", "mười", "7,5", "1e3").get(rnd.nextInt(4)));
                }
                case "choice" -> a.put(i.id(), i.options().get(rnd.nextInt(i.options().size())).id());
                default -> throw new IllegalStateException(i.kind());
            }
        }
        return a;
    }

    /** Answers that meet every criterion: the way to a pass. */
    static Map<String, String> allGood(Checklist c, String choiceOption) {
        Map<String, String> a = new HashMap<>();
        for (Checklist.Item i : c.items()) {
            switch (i.kind()) {
                case "yes-no", "not-happened" -> a.put(i.id(), "yes");
                case "number" -> a.put(i.id(), "10");
                case "choice" -> a.put(i.id(), choiceOption != null && i.options().stream().anyMatch(o -> o.id().equals(choiceOption))
                        ? choiceOption : i.options().get(0).id());
                default -> { }
            }
        }
        return a;
    }
}
