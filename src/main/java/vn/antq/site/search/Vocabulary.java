package vn.antq.site.search;

import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words an index has seen, numbered: each exact spelling ("đường") and each folded form
 * ("duong"). A language has a few thousand syllables, so after the first pages nearly every
 * lookup is a hit and folding (NFD, the costly part) is done once per spelling. Safe for
 * concurrent use.
 */
final class Vocabulary {
    /** A spelling's id and its folded form's id. */
    record Word(int exact, int folded) {}

    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final List<String> exact = new ArrayList<>();
    private final List<String> folded = new ArrayList<>();
    private final Map<String, Integer> foldedIds = new HashMap<>();

    Word word(String spelling) {
        Word w = words.get(spelling);
        if (w != null) return w;
        synchronized (this) {
            return words.computeIfAbsent(spelling, this::create);
        }
    }

    private Word create(String spelling) {
        String f = Folding.fold(spelling);
        Integer fid = foldedIds.get(f);
        if (fid == null) {
            fid = folded.size();
            folded.add(f);
            foldedIds.put(f, fid);
        }
        exact.add(spelling);
        return new Word(exact.size() - 1, fid);
    }

    synchronized String exact(int id) {
        return exact.get(id);
    }

    synchronized String folded(int id) {
        return folded.get(id);
    }
}
