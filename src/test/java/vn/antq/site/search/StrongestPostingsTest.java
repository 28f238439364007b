package vn.antq.site.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A long posting list keeps its strongest entries: highest impact first, ties to the lower page, in page order. */
class StrongestPostingsTest {
    /** The rule, written the slow way: sort by impact (then page), take the first, put back in page order. */
    private static int[] bySorting(int[] flat, int keep) {
        List<int[]> postings = new ArrayList<>();
        for (int i = 0; i < flat.length; i += 3) postings.add(new int[] {flat[i], flat[i + 1], flat[i + 2]});
        postings.sort(Comparator.<int[]>comparingInt(p -> -(p[1] >> 2)).thenComparingInt(p -> p[0]));
        List<int[]> kept = new ArrayList<>(postings.subList(0, keep));
        kept.sort(Comparator.comparingInt(p -> p[0]));
        int[] out = new int[keep * 3];
        for (int i = 0; i < keep; i++) System.arraycopy(kept.get(i), 0, out, 3 * i, 3);
        return out;
    }

    @Test
    void keepsTheHighestImpactsTiesToTheLowerPages() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(3000);
            int keep = 1 + random.nextInt(n);
            int spread = 1 + random.nextInt(220); // few distinct impacts: many ties
            int[] flat = new int[3 * n];
            for (int i = 0, doc = 0; i < n; i++) {
                doc += 1 + random.nextInt(3);
                flat[3 * i] = doc;
                flat[3 * i + 1] = (1 + random.nextInt(spread)) * 4 + random.nextInt(3); // impact × 4 + title code
                flat[3 * i + 2] = random.nextInt(200); // passage code
            }
            assertArrayEquals(bySorting(flat, keep), SearchIndex.strongest(flat, keep), "n=" + n + " keep=" + keep);
        }
    }
}
