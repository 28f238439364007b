package vn.antq.site.parts;

import vn.antq.site.text.Folding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a long body is cut into pages. It is cut at its main divisions — the shallowest kind
 * of heading, or of legal division line (Phần, Chương, Mục, Điều: imported texts often write
 * them as plain paragraphs), that occurs more than once — and a division still too long is cut
 * the same way at the next kind inside it; the small divisions found there are packed into
 * pages of up to the target size. A division with nothing inside to cut at is cut by size.
 * Parts smaller than a minimum join the next one.
 */
public final class PartPlanner {
    /** A body over this many bytes of HTML, with its contents, is split (a page's HTML should stay under ~300 kB). */
    public static final int SPLIT_ABOVE = 250_000;

    private final int target;
    private final int minimum;

    /**
     * @param target  the most characters of body HTML a page should hold (a heading counts twice)
     * @param minimum parts with fewer characters join the next one
     */
    public PartPlanner(int target, int minimum) {
        this.target = target;
        this.minimum = minimum;
    }

    /**
     * The site's: parts of up to 130,000 characters of HTML, headings counted twice (they are
     * listed again in the part's contents): ~170 kB of Vietnamese UTF-8, under 300 kB with the
     * page around it; none under 16,000.
     */
    public static PartPlanner standard() {
        return new PartPlanner(130_000, 16_000);
    }

    // legal divisions as lines of their own, outermost first; group 1 is what names the part
    private static final Pattern[] DIVISIONS = {
        Pattern.compile("^((?:PHẦN|Phần) (?:(?:THỨ|thứ) \\p{L}+|[IVXLC]+|\\d+))(?:[.:]| |$)"),
        Pattern.compile("^((?:CHƯƠNG|Chương) [IVXLC\\d]+[a-zA-Z]?)(?:[.:]| |$)"),
        Pattern.compile("^((?:MỤC|Mục) [\\dIVXLC]+[a-zA-Z]?)(?:[.:]| |$)"),
        Pattern.compile("^(Điều [\\dA-Za-zĐđ]+(?:\\.[\\dA-Za-zĐđ]+)*)(?:[.:]| |$)"),
    };
    private static final int MAX_DIVISION_LINE = 400;
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    /** A block that can start a part: its rank (1-6 headings, 7-10 division lines), name and title. */
    private record Start(int rank, String name, String title, String shortTitle) {}

    /**
     * Blocks from..to; {@code named} is the block whose start names it: a small piece joined to
     * the next takes the next's name, unless it opens a division (a chapter's heading and
     * title, before its first section), which names the page.
     */
    private record Piece(int from, int to, int depth, int members, int last, int named, boolean opening) {
        Piece(int from, int to, int depth, int members, int last) { this(from, to, depth, members, last, from, false); }
        Piece asOpening() { return new Piece(from, to, depth, members, last, named, true); }
    }

    /** The parts of {@code html}, or an empty list when it is short enough to stay one page. */
    public List<Part> plan(String html) {
        List<Blocks.Block> blocks = Blocks.of(html);
        if (blocks.isEmpty()) return List.of();
        Start[] starts = new Start[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) starts[i] = start(html, blocks, i);
        int[] at = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) at[i] = i == 0 ? 0 : blocks.get(i).start();
        at[blocks.size()] = html.length();
        // what a page weighs: its blocks, and each heading once more for its line in the page's contents
        int[] weight = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            int length = at[i + 1] - at[i];
            weight[i + 1] = weight[i] + (blocks.get(i).heading() ? 2 * length : length);
        }
        List<Piece> pieces = merged(split(0, blocks.size(), 1, 0, starts, weight), weight);
        if (pieces.size() < 2) return List.of();
        List<Part> parts = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of("index", DocumentParts.FULL_TEXT.replace(".html", "")));
        List<Start> named = new ArrayList<>(); // the start of each part so far, for the parent of a repeated name
        for (Piece p : pieces) {
            Start s = starts[p.named()];
            boolean good = s != null && s.name().length() <= 40 && s.name().matches(".*[a-z].*");
            String base = good ? s.name() : parts.isEmpty() ? "mo-dau" : parts.get(parts.size() - 1).name();
            String parent = "";
            for (int k = named.size() - 1; k >= 0 && s != null; k--) {
                Start e = named.get(k);
                if (e != null && e.rank() < s.rank()) { parent = parts.get(k).name(); break; }
            }
            named.add(s);
            String name = unique(base, parent, names);
            String title = s != null ? shortened(s.title(), 160) : parts.isEmpty() ? "" : parts.get(parts.size() - 1).title();
            boolean continued = s == null && !parts.isEmpty();
            String through = p.members() > 1 && p.last() != p.named() && starts[p.last()] != null ? starts[p.last()].shortTitle() : null;
            Set<String> ids = new LinkedHashSet<>();
            Matcher m = ID.matcher(html).region(at[p.from()], at[p.to()]);
            while (m.find()) ids.add(m.group(1));
            Blocks.Block first = blocks.get(p.from());
            String lead = shortened(Blocks.text(html, first), 40).replace("…", "");
            parts.add(new Part(name, title, through, continued, p.depth(), at[p.from()], at[p.to()],
                    Set.copyOf(ids), first.heading(), lead));
        }
        return parts;
    }

    /** Blocks {@code from} to {@code to} as pieces of at most the target size, where it can ({@code size[i]}: the weight of the blocks before i). */
    private List<Piece> split(int from, int to, int minRank, int depth, Start[] starts, int[] size) {
        if (size[to] - size[from] <= target) return List.of(new Piece(from, to, depth, 1, from));
        // the shallowest kind of start that occurs twice, else once
        int[] count = new int[12];
        // the range's own start counts (at the top, the first chapter is one of the chapters; further
        // down it is of the rank cut at, below minRank), but is not cut at
        for (int i = from; i < to; i++) if (starts[i] != null && starts[i].rank() >= minRank) count[starts[i].rank()]++;
        int rank = -1;
        for (int r = minRank; r < count.length && rank < 0; r++) if (count[r] >= 2) rank = r;
        for (int r = minRank; r < count.length && rank < 0; r++) if (count[r] == 1) rank = r;
        if (rank < 0) {
            List<Piece> pieces = bySize(from, to, depth, size);
            if (depth > 0) pieces.set(0, pieces.get(0).asOpening());
            return pieces;
        }
        List<int[]> ranges = new ArrayList<>();
        int begin = from;
        for (int i = from + 1; i < to; i++) {
            if (starts[i] != null && starts[i].rank() == rank) {
                ranges.add(new int[] {begin, i});
                begin = i;
            }
        }
        ranges.add(new int[] {begin, to});
        List<Piece> out = new ArrayList<>();
        Piece pack = null;
        for (int k = 0; k < ranges.size(); k++) {
            int a = ranges.get(k)[0], b = ranges.get(k)[1];
            if (size[b] - size[a] > target) {
                if (pack != null) { out.add(pack); pack = null; }
                out.addAll(split(a, b, rank + 1, depth + 1, starts, size));
            } else if (depth > 0 && pack != null && size[b] - size[pack.from()] <= target) {
                pack = new Piece(pack.from(), b, pack.depth(), pack.members() + 1, a, pack.named(), pack.opening());
            } else {
                if (pack != null) out.add(pack);
                pack = new Piece(a, b, depth, 1, a);
                if (k == 0 && depth > 0) pack = pack.asOpening(); // begins with the division being cut
            }
        }
        if (pack != null) out.add(pack);
        return out;
    }

    /** Cut where the size says, between blocks: nothing inside to cut at. */
    private List<Piece> bySize(int from, int to, int depth, int[] size) {
        List<Piece> out = new ArrayList<>();
        int begin = from;
        for (int i = from + 1; i < to; i++) {
            if (size[i + 1] - size[begin] > target) {
                out.add(new Piece(begin, i, depth, 1, begin));
                begin = i;
            }
        }
        out.add(new Piece(begin, to, depth, 1, begin));
        return out;
    }

    /** Small pieces joined to the next one (the last to the one before). */
    private List<Piece> merged(List<Piece> pieces, int[] size) {
        List<Piece> out = new ArrayList<>();
        Piece carry = null;
        for (Piece p : pieces) {
            if (carry != null) {
                p = new Piece(carry.from(), p.to(), carry.opening() ? carry.depth() : p.depth(), carry.members() + p.members(), p.last(),
                        carry.opening() ? carry.named() : p.named(), carry.opening());
                carry = null;
            }
            if (size[p.to()] - size[p.from()] < minimum) carry = p;
            else out.add(p);
        }
        if (carry != null) {
            if (out.isEmpty()) {
                out.add(carry);
            } else {
                Piece prev = out.remove(out.size() - 1);
                out.add(new Piece(prev.from(), carry.to(), prev.depth(), prev.members() + carry.members(), carry.last(), prev.named(), prev.opening()));
            }
        }
        return out;
    }

    private static String unique(String base, String parent, Set<String> names) {
        String name = base.isEmpty() ? "phan" : base;
        if (!names.contains(name)) { names.add(name); return name; }
        // "Mục 1" recurs in every chapter: named within its chapter first
        if (!parent.isEmpty() && !base.startsWith(parent)) {
            String inParent = parent + "-" + name;
            if (names.add(inParent)) return inParent;
            name = inParent;
        }
        for (int k = 2; ; k++) if (names.add(name + "-" + k)) return name + "-" + k;
    }

    private static Start start(String html, List<Blocks.Block> blocks, int i) {
        Blocks.Block b = blocks.get(i);
        if (b.heading()) {
            String text = Blocks.text(html, b);
            Matcher id = ID.matcher(html).region(b.start(), Math.min(b.end(), html.indexOf('>', b.start()) + 1));
            String name = id.find() ? id.group(1) : Folding.slug(shortened(text, 60));
            if (name.isEmpty() || !name.matches("[a-z0-9_-]+")) name = Folding.slug(shortened(text, 60));
            return new Start(b.tag().charAt(1) - '0', name, text, shortened(text, 80));
        }
        if (!b.tag().equals("p") || b.end() - b.start() > MAX_DIVISION_LINE * 4 || !mayStartDivision(html, b)) return null;
        String text = Blocks.text(html, b);
        if (text.length() > MAX_DIVISION_LINE) return null;
        for (int r = 0; r < DIVISIONS.length; r++) {
            Matcher m = DIVISIONS[r].matcher(text);
            if (!m.find()) continue;
            String label = m.group(1);
            String title = text;
            // "Chương I" then its name on a line of its own ("NHỮNG QUY ĐỊNH CHUNG")
            if (r < 3 && text.length() == label.length() && i + 1 < blocks.size() && blocks.get(i + 1).tag().equals("p")) {
                Blocks.Block next = blocks.get(i + 1);
                String name = next.end() - next.start() > MAX_DIVISION_LINE * 4 ? "" : Blocks.text(html, next);
                if (!name.isEmpty() && name.length() <= 200 && !startsDivision(name)) title = label + ". " + name;
            }
            return new Start(7 + r, Folding.slug(label), title, label);
        }
        return null;
    }

    /** Whether the block's first letter is that of Phần, Chương, Mục or Điều (most paragraphs are not looked at further). */
    private static boolean mayStartDivision(String html, Blocks.Block b) {
        int i = b.start();
        while (i < b.end()) {
            char c = html.charAt(i);
            if (c == '<') {
                int gt = html.indexOf('>', i);
                if (gt < 0) return false;
                i = gt + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return c == 'P' || c == 'C' || c == 'M' || c == 'Đ';
            }
        }
        return false;
    }

    private static boolean startsDivision(String text) {
        for (Pattern p : DIVISIONS) if (p.matcher(text).find()) return true;
        return false;
    }

    private static String shortened(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
