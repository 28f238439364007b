import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Deterministic benchmark corpus: N synthetic Vietnamese documents built from the text of
 * the real documents in content/van-ban/, written both as an antq-site source tree and as an
 * equivalent Hugo site.
 *
 * <pre>
 * java bench/CorpusGenerator.java --seed 42 --docs 1000 --out /tmp/antq-bench/1000
 *      [--content ./content/van-ban] [--themes ./themes] [--body-bytes 10300]
 * </pre>
 *
 * Output:
 * <pre>
 * OUT/content/_data/site.yaml, OUT/content/_index.md, OUT/content/van-ban/&lt;slug&gt;.md
 * OUT/themes/            copy of the project's themes (so `build --source OUT` works)
 * OUT/hugo/              hugo.toml, data/, themes/bench/ (layouts + the same CSS/JS), content/
 * OUT/corpus.properties  seed, docs, byte counts
 * </pre>
 *
 * java bench/CorpusGenerator.java --hugo-only --from SRC --out DIR
 *      the Hugo site (same theme) of an existing antq-site source SRC, e.g. the real corpus
 *      imported by `antq-site import` (see HugoFromSource; bench/real.sh)
 *
 * The same seed and inputs give byte-identical output: one SplittableRandom for the
 * metadata, one per document (seed, index) for its body; no hash-ordered collections.
 */
public class CorpusGenerator {

    // ------------------------------------------------------------------ vocabularies

    record Province(String name, boolean city) {
        String withKind() { return (city ? "thành phố " : "tỉnh ") + name; }
        String place() { return name.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : name; }
    }

    /** The 34 provincial-level units (6 cities first). */
    static final List<Province> PROVINCES = List.of(
            new Province("Hà Nội", true), new Province("Huế", true), new Province("Hải Phòng", true),
            new Province("Đà Nẵng", true), new Province("Cần Thơ", true), new Province("Hồ Chí Minh", true),
            new Province("Lai Châu", false), new Province("Điện Biên", false), new Province("Sơn La", false),
            new Province("Lạng Sơn", false), new Province("Quảng Ninh", false), new Province("Thanh Hóa", false),
            new Province("Nghệ An", false), new Province("Hà Tĩnh", false), new Province("Cao Bằng", false),
            new Province("Tuyên Quang", false), new Province("Lào Cai", false), new Province("Thái Nguyên", false),
            new Province("Phú Thọ", false), new Province("Bắc Ninh", false), new Province("Hưng Yên", false),
            new Province("Ninh Bình", false), new Province("Quảng Trị", false), new Province("Quảng Ngãi", false),
            new Province("Gia Lai", false), new Province("Khánh Hòa", false), new Province("Lâm Đồng", false),
            new Province("Đắk Lắk", false), new Province("Đồng Nai", false), new Province("Tây Ninh", false),
            new Province("Vĩnh Long", false), new Province("Đồng Tháp", false), new Province("Cà Mau", false),
            new Province("An Giang", false));

    record Issuer(String name, String code, Province province, boolean police) {}

    static final List<Issuer> ISSUERS = buildIssuers();

    /** Ủy ban nhân dân of all 34, Công an of the first 26: 60 issuers. */
    static List<Issuer> buildIssuers() {
        List<Issuer> out = new ArrayList<>();
        for (Province p : PROVINCES) {
            String kind = p.name().equals("Hồ Chí Minh") ? "Thành phố " : p.withKind().substring(0, p.withKind().length() - p.name().length());
            out.add(new Issuer("Ủy ban nhân dân " + kind + p.name(), "UBND", p, false));
        }
        for (Province p : PROVINCES.subList(0, 26)) {
            String kind = p.city() ? "Thành phố " : "tỉnh ";
            out.add(new Issuer("Công an " + kind + p.name(), p.city() ? "CATP" : "CAT", p, true));
        }
        return List.copyOf(out);
    }

    /** Document types with weights and the code printed in the number. */
    static final String[][] TYPES = {
            {"ke-hoach", "30", "KH", "Kế hoạch"},
            {"huong-dan", "12", "HD", "Hướng dẫn"},
            {"chuong-trinh", "10", "CTr", "Chương trình"},
            {"chi-thi", "10", "CT", "Chỉ thị"},
            {"quyet-dinh", "12", "QĐ", "Quyết định"},
            {"cong-van", "12", "", "Công văn"},
            {"quy-che-phoi-hop", "5", "QCPH", "Quy chế phối hợp"},
            {"nghi-quyet", "3", "NQ", "Nghị quyết"},
            {"ket-luan", "2", "KL", "Kết luận"},
            {"thong-tu", "2", "TT", "Thông tư"},
            {"nghi-dinh", "2", "NĐ", "Nghị định"},
    };

    static final String[] AUDIENCES = {"co-quan", "doanh-nghiep", "co-so-giao-duc", "benh-vien",
            "khu-dan-cu", "xa-phuong", "ca-nhan", "to-chuc-doan-the"};
    static final String[] AUDIENCE_LABELS = {"cơ quan", "doanh nghiệp", "cơ sở giáo dục", "bệnh viện",
            "khu dân cư", "xã, phường", "cá nhân", "tổ chức, đoàn thể"};

    static final String[] TOPICS = {
            "phong trào toàn dân bảo vệ ANTQ", "bảo vệ bí mật nhà nước", "mô hình, điển hình tiên tiến",
            "tiêu chuẩn an toàn về ANTT", "phân loại phong trào", "chuyển đổi số",
            "lực lượng bảo vệ cơ quan, doanh nghiệp", "phòng cháy, chữa cháy", "phòng, chống tội phạm",
            "phòng, chống ma túy", "tệ nạn xã hội", "an ninh mạng", "tuyên truyền, vận động quần chúng",
            "công tác dân vận", "khen thưởng", "phong trào thi đua", "tiêu chí thi đua",
            "chế độ thông tin, báo cáo", "Ngày hội toàn dân bảo vệ ANTQ", "an ninh nông thôn", "an ninh kinh tế",
            "an ninh trường học", "an ninh bệnh viện", "khu công nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài",
            "tổ chức quần chúng tự quản", "lực lượng tham gia bảo vệ ANTT ở cơ sở", "quy chế phối hợp",
            "quản lý cư trú", "căn cước và định danh điện tử", "Đề án 06", "phòng, chống lừa đảo trực tuyến",
            "an toàn giao thông", "giải quyết khiếu nại, tố cáo", "đình công, ngừng việc tập thể",
            "kiểm tra, sơ kết, tổng kết", "kinh phí bảo đảm", "xây dựng lực lượng nòng cốt", "camera an ninh",
            "tố giác tội phạm"};

    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Hoàng", "Tiến", "Công"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Khánh", "Lâm", "Long",
            "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Hạnh", "Linh"};

    static final String[] ACTIONS = {"Triển khai", "Tăng cường", "Nâng cao chất lượng, hiệu quả", "Đẩy mạnh",
            "Tổ chức thực hiện", "Hướng dẫn thực hiện", "Củng cố, kiện toàn", "Tiếp tục thực hiện", "Đổi mới",
            "Về việc triển khai"};
    static final String[] SUBJECTS = {"công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
            "công tác bảo vệ bí mật nhà nước", "phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc”",
            "công tác phòng, chống tội phạm và tệ nạn xã hội", "công tác bảo đảm an ninh, trật tự",
            "lực lượng bảo vệ cơ quan, doanh nghiệp", "công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "mô hình, điển hình tiên tiến về bảo vệ an ninh, trật tự",
            "công tác tuyên truyền, vận động quần chúng bảo vệ an ninh, trật tự",
            "công tác đăng ký, xét công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”"};
    static final String[] SCOPES = {"trong cơ quan, doanh nghiệp, cơ sở giáo dục", "tại các cơ quan, bệnh viện, cơ sở giáo dục",
            "trong khu dân cư, xã, phường", "trong các khu công nghiệp", "trong cơ sở giáo dục", ""};

    static final String[] UNITS = {"Công an tỉnh", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nội vụ", "Sở Tài chính",
            "Ban Quản lý các khu công nghiệp", "Ủy ban nhân dân các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Sở Văn hóa, Thể thao và Du lịch", "Bộ Chỉ huy quân sự tỉnh",
            "Sở Tư pháp", "Báo và Phát thanh, Truyền hình tỉnh", "Các cơ quan, doanh nghiệp, cơ sở giáo dục"};
    static final String[] TIMES = {"Thường xuyên", "Quý I", "Quý II", "Quý III", "Quý IV", "Trước ngày 15/11 hằng năm",
            "Tháng 8", "Trước ngày 30/6", "Cả năm", "Theo kế hoạch"};

    /** what, kind, yearly day (or "" for monthly/once). */
    static final String[][] DEADLINES = {
            {"Báo cáo kết quả thực hiện về Công an tỉnh (qua Phòng Tham mưu)", "han-bao-cao"},
            {"Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "ngay-hoi"},
            {"Đăng ký phấn đấu đạt tiêu chuẩn “An toàn về an ninh, trật tự”", "dang-ky"},
            {"Sơ kết 6 tháng thực hiện phong trào", "hoat-dong"},
            {"Báo cáo tổng kết phong trào và đề nghị khen thưởng", "han-bao-cao"},
            {"Kỷ niệm ngày truyền thống lực lượng Công an nhân dân", "ngay-ky-niem"},
            {"Báo cáo định kỳ tình hình an ninh, trật tự", "han-bao-cao"},
            {"Rà soát, kiện toàn lực lượng bảo vệ cơ sở", "hoat-dong"}};
    static final String[] YEARLY = {"19/08", "15/11", "30/06", "10/12", "31/03", "26/06", "04/10", "18/11"};

    static final String[] STATUS = {"con-hieu-luc", "het-hieu-luc", "chua-ro"};

    // ------------------------------------------------------------------ text pool

    static final class Pool {
        final List<String> paragraphs = new ArrayList<>();
        final List<String> leads = new ArrayList<>();      // paragraphs ending with ":" (before a list)
        final List<String> items = new ArrayList<>();
        final List<String> subItems = new ArrayList<>();
        final List<String> h2 = new ArrayList<>();
        final List<String> h3 = new ArrayList<>();
        final List<String> h4 = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();
        long sourceBytes;
    }

    static Pool readPool(Path dir) throws IOException {
        Pool pool = new Pool();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no .md files in " + dir);
        for (Path f : files) {
            String text = nfc(Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            pool.sourceBytes += text.getBytes(StandardCharsets.UTF_8).length;
            String body = text;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                body = end < 0 ? "" : text.substring(end + 5);
            }
            boolean tail = false; // after "Nơi nhận": recipients and signature, not reused
            for (String block : body.split("\n\\s*\n")) {
                String b = block.strip();
                if (b.isEmpty()) continue;
                if (b.startsWith("[^")) {
                    int colon = b.indexOf("]:");
                    if (colon > 0) add(pool.footnotes, clean(b.substring(colon + 2)));
                    continue;
                }
                if (tail) continue;
                if (b.startsWith("**Nơi nhận")) { tail = true; continue; }
                if (b.contains("{.signature}") || b.startsWith("|") || b.startsWith(">") || b.startsWith("<")) continue;
                for (String para : splitMixed(b)) classify(pool, para);
            }
        }
        if (pool.paragraphs.isEmpty() || pool.items.isEmpty()) throw new IllegalArgumentException("text pool too small in " + dir);
        return pool;
    }

    /** A block may hold a lead line directly followed by list lines: split them apart. */
    static List<String> splitMixed(String block) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : block.split("\n")) {
            boolean item = line.startsWith("- ") || line.startsWith("* ") || line.startsWith("+ ")
                    || line.stripLeading().startsWith("- ") && line.startsWith(" ");
            boolean heading = line.startsWith("#");
            if ((item || heading) && cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); }
            if (item || heading) { out.add(line); continue; }
            if (cur.length() > 0) cur.append(' ');
            cur.append(line.strip());
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    static void classify(Pool pool, String b) {
        if (b.startsWith("#")) {
            int level = 0;
            while (level < b.length() && b.charAt(level) == '#') level++;
            String t = clean(b.substring(level)).replaceAll("^\\*(.*)\\*$", "$1").strip();
            t = t.replaceAll("^[IVXLC]+\\.\\s+", "").replaceAll("^\\d+(\\.\\d+)*\\.\\s+", "").replaceAll("^[a-zđ]\\)\\s+", "");
            t = t.replaceAll("[:.]$", "").strip();
            if (t.isEmpty()) return;
            if (level == 2) {
                if (!t.matches(".*(MỤC ĐÍCH|MỤC TIÊU|TỔ CHỨC THỰC HIỆN).*")) add(pool.h2, t);
            } else if (level == 3) {
                if (t.length() <= 200) add(pool.h3, t);
            } else if (t.length() <= 120) {
                add(pool.h4, t);
            }
            return;
        }
        if (b.startsWith("  ") && b.stripLeading().startsWith("- ")) { add(pool.subItems, clean(b.stripLeading().substring(2))); return; }
        if (b.startsWith("- ") || b.startsWith("* ") || b.startsWith("+ ")) { add(pool.items, clean(b.substring(2))); return; }
        String p = clean(b).replaceAll("^\\d+(\\\\?\\.\\d+)*\\\\?\\.\\s+", "").replaceAll("^[a-zđ]\\)\\s+", "");
        if (p.length() < 40) return;
        if (Character.isLowerCase(p.charAt(0))) p = Character.toUpperCase(p.charAt(0)) + p.substring(1);
        if (p.endsWith(":")) add(pool.leads, p); else add(pool.paragraphs, p);
    }

    /** Drops footnote markers, links, attribute blocks and hard-break spaces. */
    static String clean(String s) {
        s = s.replaceAll("\\[\\^[^\\]]+\\]", "");
        s = s.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        s = s.replaceAll("\\s*\\{[.#][^}]*\\}\\s*$", "");
        s = s.replace('|', '/');
        s = s.replaceAll("[ \\t]+\n", "\n").replace('\n', ' ').replaceAll(" {2,}", " ");
        return s.strip();
    }

    static void add(List<String> list, String s) {
        if (!s.isEmpty()) list.add(s);
    }

    // ------------------------------------------------------------------ documents

    static final class Doc {
        int index;
        String type, typeLabel, number, slug;
        Issuer issuer;
        LocalDate date;
        String title, signer, signerTitle, status, summary;
        List<String> audience = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<Integer> implementsDocs = new ArrayList<>();
        List<Integer> replacesDocs = new ArrayList<>();
        List<Integer> cited = new ArrayList<>();
        int deadlineCount;
    }

    final long seed;
    final int n;
    final Pool pool;
    final int bodyBytes;
    final List<Doc> docs = new ArrayList<>();

    CorpusGenerator(long seed, int n, Pool pool, int bodyBytes) {
        this.seed = seed;
        this.n = n;
        this.pool = pool;
        this.bodyBytes = bodyBytes;
    }

    void generateMetadata() {
        SplittableRandom r = new SplittableRandom(seed);
        int totalWeight = 0;
        for (String[] t : TYPES) totalWeight += Integer.parseInt(t[1]);
        // unique numbers: a shuffled range, so every slug and number is distinct
        int range = Math.max(3 * n, 999);
        int[] numbers = new int[range];
        for (int i = 0; i < range; i++) numbers[i] = i + 1;
        for (int i = range - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = numbers[i]; numbers[i] = numbers[j]; numbers[j] = t;
        }
        LocalDate start = LocalDate.of(2015, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - start.toEpochDay()) + 1;
        for (int i = 0; i < n; i++) {
            Doc d = new Doc();
            d.index = i;
            int w = r.nextInt(totalWeight);
            String[] type = TYPES[0];
            for (String[] t : TYPES) {
                w -= Integer.parseInt(t[1]);
                if (w < 0) { type = t; break; }
            }
            d.type = type[0];
            d.typeLabel = type[3];
            d.issuer = ISSUERS.get(r.nextInt(ISSUERS.size()));
            String code = d.issuer.code();
            d.number = type[2].isEmpty()
                    ? numbers[i] + "/" + code + "-" + (d.issuer.police() ? "PV05" : "NC")
                    : numbers[i] + "/" + type[2] + "-" + code;
            d.slug = d.type + "-" + slug(d.number);
            d.date = start.plusDays(r.nextInt(days));
            String name = pick(r, SURNAMES) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
            d.signer = name;
            d.signerTitle = d.issuer.police() ? (r.nextInt(3) == 0 ? "Giám đốc" : "Phó Giám đốc")
                    : (r.nextInt(3) == 0 ? "Chủ tịch" : "Phó Chủ tịch");
            int s = r.nextInt(10);
            d.status = s < 7 ? STATUS[0] : s < 9 ? STATUS[1] : STATUS[2];
            int audienceCount = 1 + r.nextInt(5);
            for (int k : sample(r, AUDIENCES.length, audienceCount)) d.audience.add(AUDIENCES[k]);
            int topicCount = 3 + r.nextInt(3); // 3-5: within the spec's 3-8
            for (int k : sample(r, TOPICS.length, topicCount)) d.topics.add(TOPICS[k]);
            StringBuilder title = new StringBuilder(pick(r, ACTIONS)).append(' ').append(pick(r, SUBJECTS));
            String scope = pick(r, SCOPES);
            if (!scope.isEmpty()) title.append(' ').append(scope);
            if (r.nextInt(2) == 0) title.append(" trên địa bàn ").append(d.issuer.province().withKind());
            if (r.nextInt(5) < 3) title.append(" năm ").append(d.date.getYear());
            d.title = title.toString();
            d.deadlineCount = r.nextInt(4);
            docs.add(d);
        }
        // cross-references: other documents, chosen after all numbers exist; a document
        // implements or replaces only older ones, and cites any
        Integer[] byDate = new Integer[n];
        for (int i = 0; i < n; i++) byDate[i] = i;
        Arrays.sort(byDate, (a, b) -> {
            int c = docs.get(a).date.compareTo(docs.get(b).date);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) rank[byDate[i]] = i;
        for (Doc d : docs) {
            if (n < 2) break;
            int older = rank[d.index];
            int impl = r.nextInt(10) < 6 ? 1 + r.nextInt(2) : 0;
            for (int k = 0; k < impl && older > 0; k++) addOlder(r, d, d.implementsDocs, byDate, older);
            if (r.nextInt(100) < 15 && older > 0) addOlder(r, d, d.replacesDocs, byDate, older);
            int cites = 2 + r.nextInt(4);
            for (int k = 0; k < cites; k++) addOther(r, d, d.cited);
        }
        for (Doc d : docs) {
            StringBuilder sum = new StringBuilder();
            sum.append(d.typeLabel).append(" của ").append(d.issuer.name()).append(" về ").append(lowerFirst(d.title)).append(". ");
            sum.append("Văn bản nêu mục đích, yêu cầu, các nhiệm vụ trọng tâm và phân công trách nhiệm đối với ");
            List<String> labels = new ArrayList<>();
            for (String a : d.audience) labels.add(AUDIENCE_LABELS[Arrays.asList(AUDIENCES).indexOf(a)]);
            sum.append(String.join("; ", labels)).append('.');
            if (!d.implementsDocs.isEmpty()) {
                Doc o = docs.get(d.implementsDocs.get(0));
                sum.append(" Văn bản được ban hành để thực hiện ").append(o.typeLabel).append(" số ").append(o.number)
                        .append(" của ").append(o.issuer.name()).append('.');
            }
            d.summary = sum.toString();
        }
    }

    void addOlder(SplittableRandom r, Doc d, List<Integer> into, Integer[] byDate, int older) {
        for (int tries = 0; tries < 8; tries++) {
            int o = byDate[r.nextInt(older)];
            if (!into.contains(o) && !d.implementsDocs.contains(o) && !d.replacesDocs.contains(o)) { into.add(o); return; }
        }
    }

    void addOther(SplittableRandom r, Doc d, List<Integer> into) {
        for (int tries = 0; tries < 8; tries++) {
            int o = r.nextInt(n);
            if (o != d.index && !into.contains(o)) { into.add(o); return; }
        }
    }

    // ------------------------------------------------------------------ bodies

    record Block(char kind, String text) {} // P paragraph, L list, H heading, T table, X other

    String body(Doc d, List<String[]> footnotesOut, List<String> sectionHeadings) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + d.index * 0xBF58476D1CE4E5B9L + 1);
        int target = bodyBytes * 3 / 4 + r.nextInt(Math.max(1, bodyBytes / 2)); // ±25 %
        List<Block> blocks = new ArrayList<>();
        int[] size = {0};

        // preamble
        StringBuilder pre = new StringBuilder();
        for (int o : d.implementsDocs) {
            Doc t = docs.get(o);
            if (pre.length() > 0) pre.append(' ');
            pre.append("Thực hiện ").append(t.typeLabel).append(" số ").append(t.number).append(" ngày ")
                    .append(vnDate(t.date)).append(" của ").append(t.issuer.name()).append(" về ")
                    .append(lowerFirst(t.title)).append(';');
        }
        if (pre.length() > 0) add(blocks, size, 'P', pre.toString());
        add(blocks, size, 'P', pick(r, pool.paragraphs));
        add(blocks, size, 'P', d.issuer.name() + " ban hành " + d.typeLabel.toLowerCase(Locale.ROOT) + " "
                + lowerFirst(d.title) + ", cụ thể như sau:");

        String[] roman = {"I", "II", "III", "IV"};
        String[] h2 = new String[4];
        h2[0] = r.nextBoolean() ? "MỤC ĐÍCH, YÊU CẦU" : "MỤC TIÊU, YÊU CẦU";
        h2[1] = pool.h2.isEmpty() ? "NHIỆM VỤ VÀ GIẢI PHÁP" : pick(r, pool.h2);
        h2[2] = pool.h2.isEmpty() ? "PHÂN CÔNG TRÁCH NHIỆM" : pick(r, pool.h2);
        for (int tries = 0; tries < 5 && h2[2].equals(h2[1]) && pool.h2.size() > 1; tries++) h2[2] = pick(r, pool.h2);
        h2[3] = "TỔ CHỨC THỰC HIỆN";
        int[] ends = {25, 60, 85, 100}; // where each section ends, in % of the target (preamble included)
        int tableSection = 1 + r.nextInt(3);
        for (int s = 0; s < 4; s++) {
            String heading = roman[s] + ". " + h2[s];
            sectionHeadings.add(heading);
            add(blocks, size, 'H', "## " + heading);
            int sectionEnd = Math.max(size[0] + 400, target * ends[s] / 100);
            int sub = 0;
            boolean tableDone = s != tableSection;
            do {
                sub++;
                String h3 = s == 0 && sub <= 2 ? (sub == 1 ? "Mục đích" : "Yêu cầu") : pick(r, pool.h3);
                add(blocks, size, 'H', "### " + sub + ". " + h3);
                int subEnd = Math.min(sectionEnd, size[0] + 700 + r.nextInt(1800));
                do {
                    int k = r.nextInt(100);
                    if (!tableDone && k < 15) {
                        add(blocks, size, 'T', table(r));
                        tableDone = true;
                    } else if (k < 55) {
                        add(blocks, size, 'P', pick(r, pool.paragraphs));
                    } else if (k < 90) {
                        if (!pool.leads.isEmpty() && r.nextBoolean()) add(blocks, size, 'P', pick(r, pool.leads));
                        add(blocks, size, 'L', list(r));
                    } else if (k < 95 && !pool.h4.isEmpty()) {
                        add(blocks, size, 'H', "#### " + (char) ('a' + r.nextInt(4)) + ") " + pick(r, pool.h4));
                        add(blocks, size, 'P', pick(r, pool.paragraphs));
                    } else {
                        add(blocks, size, 'P', (1 + r.nextInt(5)) + "\\. " + pick(r, pool.paragraphs));
                    }
                } while (size[0] < subEnd);
                if (!tableDone) { add(blocks, size, 'T', table(r)); tableDone = true; }
            } while (size[0] < sectionEnd);
        }
        add(blocks, size, 'P', "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo về "
                + d.issuer.name() + " để xem xét, giải quyết./.");

        // citations of other generated documents, in random paragraphs of sections II-IV
        List<Integer> paras = new ArrayList<>();
        int firstSection = 0;
        for (int i = 0; i < blocks.size(); i++) if (blocks.get(i).text().startsWith("## II.")) { firstSection = i; break; }
        for (int i = firstSection; i < blocks.size(); i++) if (blocks.get(i).kind() == 'P' && !blocks.get(i).text().endsWith(":")) paras.add(i);
        for (int o : d.cited) {
            if (paras.isEmpty()) break;
            int at = paras.remove(r.nextInt(paras.size()));
            Doc t = docs.get(o);
            String p = blocks.get(at).text();
            String intro = "Thực hiện " + t.typeLabel + " số " + t.number + " ngày " + vnDate(t.date) + " của " + t.issuer.name() + ", ";
            blocks.set(at, new Block('P', p.matches("^\\d+\\\\\\..*") ? p : intro + lowerFirst(p)));
        }
        // 1-3 footnotes, numbered in order of appearance
        int fnCount = 1 + r.nextInt(3);
        List<Integer> fnAt = new ArrayList<>();
        for (int k = 0; k < fnCount && !paras.isEmpty(); k++) fnAt.add(paras.remove(r.nextInt(paras.size())));
        fnAt.sort(null);
        for (int k = 0; k < fnAt.size(); k++) {
            int at = fnAt.get(k);
            String p = blocks.get(at).text();
            int dot = p.indexOf(". ", 10);
            String marker = "[^" + (k + 1) + "]";
            p = dot > 0 ? p.substring(0, dot + 1) + marker + p.substring(dot + 1) : p + marker;
            blocks.set(at, new Block('P', p));
            String text;
            if (!d.cited.isEmpty() && (pool.footnotes.isEmpty() || r.nextBoolean())) {
                Doc t = docs.get(d.cited.get(r.nextInt(d.cited.size())));
                text = t.typeLabel + " số " + t.number + " ngày " + vnDate(t.date) + " của " + t.issuer.name() + " về " + lowerFirst(t.title) + ".";
            } else {
                text = pick(r, pool.footnotes);
            }
            footnotesOut.add(new String[] {String.valueOf(k + 1), text});
        }

        StringBuilder out = new StringBuilder(target + 4096);
        for (Block b : blocks) out.append(b.text()).append("\n\n");
        out.append("**Nơi nhận:**\n\n");
        int recipients = 2 + r.nextInt(4);
        for (int k : sample(r, UNITS.length, recipients)) out.append("- ").append(UNITS[k]).append(";\n");
        out.append("- Lưu: VT.\n\n");
        if (d.issuer.police()) {
            out.append("**").append(d.signerTitle.startsWith("Phó") ? "KT. GIÁM ĐỐC" : "GIÁM ĐỐC").append("**  \n");
            if (d.signerTitle.startsWith("Phó")) out.append("**PHÓ GIÁM ĐỐC**  \n");
            out.append("**Đại tá ").append(d.signer).append("**\n{.signature}\n");
        } else {
            out.append("**TM. ỦY BAN NHÂN DÂN**  \n**").append(d.signerTitle.toUpperCase(new Locale("vi"))).append("**  \n**")
                    .append(d.signer).append("**\n{.signature}\n");
        }
        for (String[] f : footnotesOut) out.append("\n[^").append(f[0]).append("]: ").append(f[1]).append('\n');
        return out.toString();
    }

    String list(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int items = 2 + r.nextInt(5);
        for (int i = 0; i < items; i++) {
            b.append("- ").append(pick(r, pool.items)).append('\n');
            if (!pool.subItems.isEmpty() && r.nextInt(100) < 12) {
                int subs = 1 + r.nextInt(3);
                for (int k = 0; k < subs; k++) b.append("  - ").append(pick(r, pool.subItems)).append('\n');
            }
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    String table(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        b.append("| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |\n");
        b.append("|---:|---|---|---|---|\n");
        int rows = 4 + r.nextInt(5);
        for (int i = 1; i <= rows; i++) {
            String task = pick(r, pool.items);
            if (task.length() > 160) {
                int cut = task.indexOf(';', 60);
                if (cut < 0 || cut > 160) cut = task.indexOf(", ", 100);
                if (cut < 0 || cut > 180) cut = 160;
                task = task.substring(0, cut).strip();
                if (task.endsWith("\\")) task = task.substring(0, task.length() - 1); // never leave a dangling escape
            }
            b.append("| ").append(i).append(" | ").append(task).append(" | ").append(pick(r, UNITS))
                    .append(" | ").append(pick(r, UNITS)).append(" | ").append(pick(r, TIMES)).append(" |\n");
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    static void add(List<Block> blocks, int[] size, char kind, String text) {
        blocks.add(new Block(kind, text));
        size[0] += utf8Length(text) + 2;
    }

    // ------------------------------------------------------------------ front matter

    String ourFrontMatter(Doc d, List<String> sections, SplittableRandom r, StringBuilder deadlinesOut) {
        StringBuilder f = new StringBuilder(1600);
        f.append("---\n");
        f.append("title: ").append(q(d.title)).append('\n');
        f.append("type: ").append(d.type).append('\n');
        f.append("number: ").append(q(d.number)).append('\n');
        f.append("issuer: ").append(q(d.issuer.name())).append('\n');
        f.append("place: ").append(q(d.issuer.province().place())).append('\n');
        f.append("date: ").append(d.date).append('\n');
        f.append("signer: ").append(q(d.signer)).append('\n');
        f.append("signer_title: ").append(q(d.signerTitle)).append('\n');
        f.append("status: ").append(d.status).append('\n');
        f.append("audience: [").append(String.join(", ", d.audience)).append("]\n");
        f.append("topics: ").append(qList(d.topics)).append('\n');
        f.append("summary: ").append(q(d.summary)).append('\n');
        if (!d.implementsDocs.isEmpty()) f.append("implements: ").append(qList(numbers(d.implementsDocs))).append('\n');
        if (!d.replacesDocs.isEmpty()) f.append("replaces: ").append(qList(numbers(d.replacesDocs))).append('\n');
        f.append("source: ").append(q("bench/CorpusGenerator.java seed " + seed)).append('\n');
        if (d.deadlineCount > 0) {
            StringBuilder dl = deadlinesOut;
            dl.append("deadlines:\n");
            for (int k = 0; k < d.deadlineCount; k++) {
                String[] what = DEADLINES[r.nextInt(DEADLINES.length)];
                int when = r.nextInt(3);
                if (when == 0) dl.append("  - yearly: ").append(q(pick(r, YEARLY))).append('\n');
                else if (when == 1) dl.append("  - monthly: ").append(5 * (1 + r.nextInt(5))).append('\n');
                else dl.append("  - date: ").append(d.date.plusDays(30 + r.nextInt(300))).append('\n');
                dl.append("    what: ").append(q(what[0])).append('\n');
                dl.append("    kind: ").append(what[1]).append('\n');
                dl.append("    section: ").append(q(sections.get(sections.size() - 1 - r.nextInt(2)))).append('\n');
            }
            f.append(dl);
        }
        f.append("---\n\n");
        return f.toString();
    }

    String hugoFrontMatter(Doc d, String deadlines) {
        StringBuilder f = new StringBuilder(1600);
        f.append("---\n");
        f.append("title: ").append(q(d.title)).append('\n');
        f.append("date: ").append(d.date).append('\n');
        f.append("description: ").append(q(d.summary)).append('\n');
        f.append("doctype: ").append(d.type).append('\n');
        f.append("number: ").append(q(d.number)).append('\n');
        f.append("issuer: ").append(q(d.issuer.name())).append('\n');
        f.append("place: ").append(q(d.issuer.province().place())).append('\n');
        f.append("signer: ").append(q(d.signer)).append('\n');
        f.append("signer_title: ").append(q(d.signerTitle)).append('\n');
        f.append("status: ").append(d.status).append('\n');
        if (!d.implementsDocs.isEmpty()) f.append("implements: ").append(qList(numbers(d.implementsDocs))).append('\n');
        if (!d.replacesDocs.isEmpty()) f.append("replaces: ").append(qList(numbers(d.replacesDocs))).append('\n');
        f.append("loai-van-ban: [").append(d.type).append("]\n");
        f.append("co-quan-ban-hanh: ").append(qList(List.of(d.issuer.name()))).append('\n');
        f.append("doi-tuong: [").append(String.join(", ", d.audience)).append("]\n");
        f.append("chu-de: ").append(qList(d.topics)).append('\n');
        f.append("nam: [\"").append(d.date.getYear()).append("\"]\n");
        f.append(deadlines);
        f.append("---\n\n");
        return f.toString();
    }

    List<String> numbers(List<Integer> idx) {
        List<String> out = new ArrayList<>();
        for (int i : idx) out.add(docs.get(i).number);
        return out;
    }

    // ------------------------------------------------------------------ writing

    long[] write(Path out, Path themes) throws IOException {
        Path content = out.resolve("content");
        Path vanBan = content.resolve("van-ban");
        Path hugo = out.resolve("hugo");
        Path hugoVanBan = hugo.resolve("content/van-ban");
        deleteTree(content);
        deleteTree(hugo);
        deleteTree(out.resolve("themes"));
        Files.createDirectories(vanBan);
        Files.createDirectories(content.resolve("_data"));
        Files.createDirectories(hugoVanBan);

        String title = "Corpus " + n;
        String description = "Bộ văn bản tổng hợp để đo hiệu năng: " + n + " văn bản sinh từ văn bản thật (seed " + seed + ").";
        writeText(content.resolve("_data/site.yaml"), "title: " + q(title) + "\ndescription: " + q(description) + "\n");
        String home = "Trang này tập hợp " + n + " văn bản tổng hợp dùng để đo thời gian dựng trang.\n";
        writeText(content.resolve("_index.md"), "---\ntitle: " + q("Trang chủ") + "\n---\n\n" + home);

        long ourBytes = 0, hugoBytes = 0;
        for (Doc d : docs) {
            List<String[]> footnotes = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            String body = nfc(body(d, footnotes, sections));
            SplittableRandom fr = new SplittableRandom(seed ^ (0x632BE59BD9B4E019L * (d.index + 7)));
            StringBuilder deadlines = new StringBuilder();
            String ours = nfc(ourFrontMatter(d, sections, fr, deadlines)) + body;
            String theirs = nfc(hugoFrontMatter(d, deadlines.toString())) + body;
            byte[] a = ours.getBytes(StandardCharsets.UTF_8);
            byte[] b = theirs.getBytes(StandardCharsets.UTF_8);
            Files.write(vanBan.resolve(d.slug + ".md"), a);
            Files.write(hugoVanBan.resolve(d.slug + ".md"), b);
            ourBytes += a.length;
            hugoBytes += b.length;
        }

        copyTree(themes, out.resolve("themes"));
        writeHugo(hugo, themes, title, description, home, syntheticLabels());
        return new long[] {ourBytes, hugoBytes};
    }

    /** data/labels.yaml of the Hugo theme for the generated corpus: its types, audiences and statuses. */
    static String syntheticLabels() {
        StringBuilder labels = new StringBuilder("type:\n");
        for (String[] t : TYPES) labels.append("  ").append(t[0]).append(": ").append(q(t[3])).append('\n');
        labels.append("audience:\n");
        for (int i = 0; i < AUDIENCES.length; i++) {
            String l = AUDIENCE_LABELS[i];
            labels.append("  ").append(AUDIENCES[i]).append(": ").append(q(Character.toUpperCase(l.charAt(0)) + l.substring(1))).append('\n');
        }
        labels.append("status:\n  con-hieu-luc: \"Còn hiệu lực\"\n  het-hieu-luc: \"Hết hiệu lực\"\n  chua-ro: \"Chưa rõ\"\n");
        labels.append("taxonomy:\n  loai-van-ban: \"Loại văn bản\"\n  co-quan-ban-hanh: \"Cơ quan ban hành\"\n  doi-tuong: \"Đối tượng\"\n  chu-de: \"Chủ đề\"\n  nam: \"Năm ban hành\"\n");
        return labels.toString();
    }

    /**
     * The Hugo site beside a corpus: hugo.toml, home, register and search pages, data/labels.yaml
     * ({@code labels}: type, audience, status and taxonomy labels) and the theme (HugoLayouts and
     * the project theme's CSS/JS). The documents' and pages' Markdown is written by the caller.
     */
    static void writeHugo(Path hugo, Path themes, String title, String description, String home, String labels) throws IOException {
        writeText(hugo.resolve("hugo.toml"), """
                # Hugo site equivalent to the antq-site corpus (generated by bench/CorpusGenerator.java).
                # Same pages as antq-site builds without --base-url: documents, home, register (van-ban/),
                # search page, 404, taxonomy and term pages; HTML only (antq-site writes no feed or
                # sitemap without --base-url), so RSS outputs are off.
                baseURL = "https://antq.example.vn/"
                languageCode = "vi"
                defaultContentLanguage = "vi"
                title = %s
                theme = "bench"
                uglyURLs = false
                removePathAccents = true
                disableKinds = []
                enableRobotsTXT = true

                [params]
                description = %s

                [taxonomies]
                loai-van-ban = "loai-van-ban"
                co-quan-ban-hanh = "co-quan-ban-hanh"
                doi-tuong = "doi-tuong"
                chu-de = "chu-de"
                nam = "nam"

                [outputs]
                home = ["html"]
                section = ["html"]
                taxonomy = ["html"]
                term = ["html"]
                page = ["html"]

                [markup.goldmark.parser.attribute]
                block = true

                [markup.tableOfContents]
                startLevel = 2
                endLevel = 4
                ordered = true
                """.formatted(q(title), q(description)));
        writeText(hugo.resolve("content/_index.md"), "---\ntitle: " + q("Trang chủ") + "\n---\n\n" + home);
        writeText(hugo.resolve("content/van-ban/_index.md"), "---\ntitle: \"Văn bản\"\n---\n");
        writeText(hugo.resolve("content/tim-kiem.md"), "---\ntitle: \"Tìm kiếm\"\nlayout: search\n---\n");

        writeText(hugo.resolve("data/labels.yaml"), labels);

        Path theme = hugo.resolve("themes/bench");
        for (String a : List.of("css/site.css", "css/print.css", "js/site.js", "js/register.js")) {
            Path src = themes.resolve("default/assets").resolve(a);
            if (Files.exists(src)) {
                Path dst = theme.resolve("static").resolve(a);
                Files.createDirectories(dst.getParent());
                Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path layouts = theme.resolve("layouts");
        for (Map.Entry<String, String> e : HugoLayouts.FILES.entrySet()) writeText(layouts.resolve(e.getKey()), e.getValue());
    }

    /** The minimal Hugo theme: the same pages and the same markup as the default antq-site theme. */
    static final class HugoLayouts {
        static final Map<String, String> FILES = new LinkedHashMap<>();
        static {
            FILES.put("_default/baseof.html", """
                    <!DOCTYPE html>
                    <html lang="vi">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
                    <meta name="referrer" content="no-referrer">
                    <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
                    {{ with (or .Description site.Params.description) }}<meta name="description" content="{{ . }}">{{ end }}
                    <link rel="canonical" href="{{ .Permalink }}">
                    <link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
                    <link rel="stylesheet" href="{{ "css/print.css" | relURL }}" media="print">
                    <script src="{{ "js/site.js" | relURL }}" defer></script>
                    {{ block "scripts" . }}{{ end }}
                    </head>
                    <body class="{{ block "bodyclass" . }}{{ end }}">
                    <a class="skip-link" href="#main">Bỏ qua, đến nội dung chính</a>
                    <header class="site-header">
                      <div class="wrap header-row">
                        <a class="brand" href="{{ "/" | relURL }}">{{ site.Title }}</a>
                        <form class="search-form" role="search" action="{{ "tim-kiem/" | relURL }}" method="get">
                          <label for="site-search" class="visually-hidden">Tìm trong trang</label>
                          <input type="search" id="site-search" name="q" placeholder="Tìm văn bản, mục, thuật ngữ…" autocomplete="off" enterkeyhint="search">
                          <button type="submit">Tìm</button>
                        </form>
                      </div>
                      <nav class="site-nav" aria-label="Điều hướng chính">
                        <ul class="wrap">
                          <li><a href="{{ "/" | relURL }}"{{ if .IsHome }} aria-current="page"{{ end }}>Trang chủ</a></li>
                          <li><a href="{{ "van-ban/" | relURL }}"{{ if eq .RelPermalink "/van-ban/" }} aria-current="page"{{ end }}>Văn bản</a></li>
                          <li><a href="{{ "tim-kiem/" | relURL }}">Tìm kiếm</a></li>
                        </ul>
                      </nav>
                    </header>
                    {{ if not .IsHome }}
                    <nav class="breadcrumb wrap" aria-label="Bạn đang ở">
                      <ol>
                        <li><a href="{{ "/" | relURL }}">Trang chủ</a></li>
                        {{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
                        <li aria-current="page">{{ .Title }}</li>
                      </ol>
                    </nav>
                    {{ end }}
                    <main id="main" class="wrap" tabindex="-1">
                    {{ block "main" . }}{{ end }}
                    </main>
                    <footer class="site-footer">
                      <div class="wrap">
                        <nav aria-label="Liên kết cuối trang"><ul><li><a href="{{ "van-ban/" | relURL }}">Văn bản</a></li></ul></nav>
                        <p>Trang được dựng tĩnh: đọc được khi không có mạng, kể cả khi mở trực tiếp từ tệp trên máy.</p>
                      </div>
                    </footer>
                    </body>
                    </html>
                    """);
            FILES.put("partials/doc-table.html", """
                    <div class="table-scroll">
                    <table class="register"{{ if .sortable }} data-register{{ end }}>
                      <caption>{{ .caption }}</caption>
                      <thead>
                        <tr>
                          <th scope="col" data-sort="text">Số hiệu</th>
                          <th scope="col" data-sort="text">Tên văn bản</th>
                          <th scope="col" data-sort="text">Loại văn bản</th>
                          <th scope="col" data-sort="text">Cơ quan ban hành</th>
                          <th scope="col" data-sort="date" aria-sort="descending">Ngày ban hành</th>
                          <th scope="col" data-sort="text">Tình trạng</th>
                        </tr>
                      </thead>
                      <tbody>
                      {{ range .pages }}
                        <tr data-type="{{ .Params.doctype }}" data-issuer="{{ .Params.issuer }}" data-year="{{ .Date.Year }}" data-text="{{ printf "%s %s %s" .Params.number .Title .Params.issuer | urlize }}">
                          <td class="nowrap">{{ .Params.number }}</td>
                          <td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td>
                          <td>{{ index site.Data.labels.type .Params.doctype }}</td>
                          <td>{{ .Params.issuer }}</td>
                          <td data-value="{{ .Date.Format "2006-01-02" }}"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></td>
                          <td>{{ index site.Data.labels.status .Params.status }}</td>
                        </tr>
                      {{ end }}
                      </tbody>
                    </table>
                    </div>
                    """);
            FILES.put("partials/doc-list.html", """
                    <ul class="doc-list">
                    {{ range . }}
                      <li>
                        <a href="{{ .RelPermalink }}">{{ index site.Data.labels.type .Params.doctype }} {{ .Params.number }}: {{ .Title }}</a>
                        <span class="doc-list-meta">{{ .Params.issuer }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></span>
                      </li>
                    {{ end }}
                    </ul>
                    """);
            FILES.put("partials/term-label.html", """
                    {{- $label := .Title -}}
                    {{- if eq .Data.Plural "loai-van-ban" }}{{ $label = index site.Data.labels.type .Data.Term }}{{ end -}}
                    {{- if eq .Data.Plural "doi-tuong" }}{{ $label = index site.Data.labels.audience .Data.Term }}{{ end -}}
                    {{- $label -}}
                    """);
            FILES.put("_default/single.html", """
                    {{ define "bodyclass" }}document-page{{ end }}
                    {{ define "main" }}
                    <article class="document">
                      <header class="doc-header">
                        <p class="doc-kicker">{{ range .GetTerms "loai-van-ban" }}<a href="{{ .RelPermalink }}">{{ index site.Data.labels.type $.Params.doctype }}</a>{{ end }} Số {{ .Params.number }}</p>
                        <h1>{{ .Title }}</h1>
                        {{ with .Description }}<p class="doc-summary">{{ . }}</p>{{ end }}
                      </header>
                      <section class="doc-meta" aria-labelledby="meta-heading">
                        <h2 id="meta-heading" class="visually-hidden">Thông tin văn bản</h2>
                        <dl>
                          <div><dt>Số hiệu</dt><dd>{{ .Params.number }}</dd></div>
                          <div><dt>Loại văn bản</dt><dd>{{ range .GetTerms "loai-van-ban" }}<a href="{{ .RelPermalink }}">{{ index site.Data.labels.type $.Params.doctype }}</a>{{ end }}</dd></div>
                          <div><dt>Cơ quan ban hành</dt><dd>{{ range .GetTerms "co-quan-ban-hanh" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</dd></div>
                          <div><dt>Ngày ban hành</dt><dd>{{ range .GetTerms "nam" }}<a href="{{ .RelPermalink }}">{{ end }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></a>{{ with .Params.place }}, {{ . }}{{ end }}</dd></div>
                          {{ with .Params.signer }}<div><dt>Người ký</dt><dd>{{ . }}{{ with $.Params.signer_title }} ({{ . }}){{ end }}</dd></div>{{ end }}
                          <div><dt>Tình trạng</dt><dd>{{ index site.Data.labels.status .Params.status }}</dd></div>
                          {{ with .GetTerms "doi-tuong" }}<div><dt>Đối tượng</dt><dd>{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ index site.Data.labels.audience $t.Data.Term }}</a>{{ end }}</dd></div>{{ end }}
                          {{ with .GetTerms "chu-de" }}<div><dt>Chủ đề</dt><dd>{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd></div>{{ end }}
                        </dl>
                        <button type="button" class="print-button" data-action="print" hidden>In văn bản</button>
                      </section>
                      {{ with .TableOfContents }}
                      <details class="toc" data-toc>
                        <summary>Mục lục</summary>
                        {{ . }}
                      </details>
                      {{ end }}
                      <div class="doc-body prose">
                    {{ .Content }}
                      </div>
                    </article>
                    {{ end }}
                    """);
            FILES.put("_default/list.html", """
                    {{ define "bodyclass" }}register-page{{ end }}
                    {{ define "scripts" }}<script src="{{ "js/register.js" | relURL }}" defer></script>{{ end }}
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    <p>Danh mục mọi văn bản trên trang. Bấm tiêu đề cột để sắp xếp; dùng các ô lọc để thu hẹp danh sách.</p>
                    <form class="register-filters" data-register-filters hidden>
                      <div class="field">
                        <label for="filter-text">Lọc theo chữ</label>
                        <input type="search" id="filter-text" data-filter="text" placeholder="Số hiệu, tên, cơ quan…">
                      </div>
                      {{ range $key := slice "loai-van-ban" "co-quan-ban-hanh" "nam" }}
                      <div class="field">
                        <label for="filter-{{ $key }}">{{ index site.Data.labels.taxonomy $key }}</label>
                        <select id="filter-{{ $key }}">
                          <option value="">Tất cả</option>
                          {{ range (index site.Taxonomies $key).Alphabetical }}<option value="{{ .Page.Data.Term }}">{{ partial "term-label.html" .Page }} ({{ .Count }})</option>{{ end }}
                        </select>
                      </div>
                      {{ end }}
                      <p class="register-count" data-register-count aria-live="polite"></p>
                    </form>
                    {{ partial "doc-table.html" (dict "pages" .RegularPages.ByDate.Reverse "caption" "Danh mục văn bản" "sortable" true) }}
                    {{ end }}
                    """);
            FILES.put("_default/taxonomy.html", """
                    {{ define "bodyclass" }}taxonomy-page{{ end }}
                    {{ define "main" }}
                    <h1>{{ index site.Data.labels.taxonomy .Data.Plural }}</h1>
                    <p>Chọn một mục để xem các văn bản thuộc mục đó.</p>
                    <ul class="term-list">
                    {{ $terms := .Data.Terms.Alphabetical }}{{ if eq .Data.Plural "nam" }}{{ $terms = $terms.Reverse }}{{ end }}
                    {{ range $terms }}
                      <li><a href="{{ .Page.RelPermalink }}">{{ partial "term-label.html" .Page }}</a> <span class="count">{{ .Count }} văn bản</span></li>
                    {{ end }}
                    </ul>
                    {{ end }}
                    """);
            FILES.put("_default/term.html", """
                    {{ define "bodyclass" }}term-page{{ end }}
                    {{ define "main" }}
                    {{ $label := partial "term-label.html" . }}
                    <h1>{{ $label }}</h1>
                    <p>{{ index site.Data.labels.taxonomy .Data.Plural }} · {{ len .Pages }} văn bản</p>
                    {{ partial "doc-table.html" (dict "pages" .Pages.ByDate.Reverse "caption" (printf "%s: %s" (index site.Data.labels.taxonomy .Data.Plural) $label)) }}
                    {{ end }}
                    """);
            FILES.put("_default/search.html", """
                    {{ define "bodyclass" }}search-page{{ end }}
                    {{ define "main" }}
                    <h1>{{ .Title }}</h1>
                    <form class="hero-search" role="search" action="." method="get">
                      <label for="search-page-q">Tìm trong trang</label>
                      <div class="hero-search-row">
                        <input type="search" id="search-page-q" name="q" autocomplete="off">
                        <button type="submit">Tìm</button>
                      </div>
                    </form>
                    <section aria-labelledby="all-heading">
                      <h2 id="all-heading">Tất cả văn bản</h2>
                      {{ partial "doc-list.html" (where site.RegularPages "Section" "van-ban").ByDate.Reverse }}
                    </section>
                    {{ end }}
                    """);
            FILES.put("index.html", """
                    {{ define "bodyclass" }}home{{ end }}
                    {{ define "main" }}
                    {{ $docs := (where site.RegularPages "Section" "van-ban").ByDate.Reverse }}
                    <section class="hero">
                      <h1>{{ site.Title }}</h1>
                      <form class="hero-search" role="search" action="{{ "tim-kiem/" | relURL }}" method="get">
                        <label for="home-search">Tìm nhanh theo số hiệu, tên văn bản hoặc nội dung.</label>
                        <div class="hero-search-row"><input type="search" id="home-search" name="q" autocomplete="off"><button type="submit">Tìm</button></div>
                      </form>
                    </section>
                    <div class="prose">{{ .Content }}</div>
                    <section aria-labelledby="latest-heading">
                      <h2 id="latest-heading">Văn bản mới</h2>
                      {{ partial "doc-list.html" (first 8 $docs) }}
                      <p><a href="{{ "van-ban/" | relURL }}">Xem tất cả {{ len $docs }} văn bản</a></p>
                    </section>
                    <section aria-labelledby="browse-heading">
                      <h2 id="browse-heading">Tra cứu theo</h2>
                      <div class="browse-grid">
                      {{ range $key := slice "loai-van-ban" "co-quan-ban-hanh" "doi-tuong" "chu-de" "nam" }}
                        <section class="browse-box">
                          <h3><a href="{{ printf "%s/" $key | relURL }}">{{ index site.Data.labels.taxonomy $key }}</a></h3>
                          <ul>
                          {{ range first 6 (index site.Taxonomies $key).Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ partial "term-label.html" .Page }}</a> <span class="count">({{ .Count }})</span></li>{{ end }}
                          </ul>
                        </section>
                      {{ end }}
                      </div>
                    </section>
                    {{ end }}
                    """);
            // a page without document metadata (only the imported real corpus has them: --hugo-only)
            FILES.put("_default/page.html", """
                    {{ define "bodyclass" }}page{{ end }}
                    {{ define "main" }}
                    <article class="page">
                      <h1>{{ .Title }}</h1>
                      {{ with .Description }}<p class="page-summary">{{ . }}</p>{{ end }}
                      <div class="prose">
                    {{ .Content }}
                      </div>
                    </article>
                    {{ end }}
                    """);
            FILES.put("404.html", """
                    {{ define "main" }}
                    <h1>Không tìm thấy trang</h1>
                    <p>Trang bạn tìm không có hoặc đã được chuyển đi.</p>
                    <p><a href="{{ "/" | relURL }}">Về trang chủ</a> · <a href="{{ "van-ban/" | relURL }}">Xem danh mục văn bản</a></p>
                    {{ end }}
                    """);
        }
    }

    // ------------------------------------------------------------------ Hugo site from an antq-site source

    /**
     * {@code --hugo-only --from SRC --out DIR}: the Hugo site equivalent to an existing antq-site
     * source (e.g. the real corpus after {@code antq-site import}), with the theme above.
     *
     * - content/van-ban/*.md (documents) → DIR/content/van-ban/, same file names, front matter
     *   mapped as for the generated corpus: title, date (a year or year-month completed with -01,
     *   Hugo needs a full date), description = summary, doctype = type (Hugo reserves type),
     *   number, issuer, place, signer, signer_title, status (chua-ro when absent, as ours shows),
     *   implements, replaces; taxonomies loai-van-ban = [type], co-quan-ban-hanh = [issuer],
     *   doi-tuong = audience, chu-de = topics, nam = [year]. Other fields are left out.
     * - every other .md (pages, checklists) → a plain Hugo page at the same path, with title,
     *   description (from description or summary) and layout: page; index.md becomes _index.md
     *   (for Hugo an index.md would make its folder a leaf bundle and hide the pages beside it);
 *   a top-level folder other than van-ban/ without one gets an _index.md (its title the folder's
 *   name, layout: page), since Hugo writes a section page for it anyway (ours writes none).
     * - content/_index.md's body → the home page text; content/_data/site.yaml's title and
     *   description → the site's; labels (type, audience, status, taxonomy) from the theme's
     *   messages.yaml (SRC/themes/default/messages.yaml), so every type of the source has its label.
     * Bodies are copied unchanged. Values are copied as the source wrote them (YAML scalars, flow
     * or block lists), not re-parsed.
     */
    static final class HugoFromSource {
        private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):(.*)$");

        static void run(Path src, Path out) throws IOException {
            Path content = src.resolve("content");
            Path themes = src.resolve("themes");
            deleteTree(out);
            Map<String, String> site = fields(Files.exists(content.resolve("_data/site.yaml"))
                    ? Files.readString(content.resolve("_data/site.yaml")) : "");
            String title = unquote(site.getOrDefault("title", "Site"));
            String description = unquote(site.getOrDefault("description", ""));
            String home = "";
            int docs = 0, pages = 0;
            long bytes = 0;
            List<Path> files;
            try (Stream<Path> st = Files.walk(content)) {
                files = st.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
            }
            for (Path f : files) {
                String rel = content.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("_data/")) continue;
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String[] fmBody = split(text);
                Map<String, String> fm = fields(fmBody[0]);
                if (rel.equals("_index.md")) { home = fmBody[1]; continue; }
                String hugoFm;
                String target = rel;
                if (rel.startsWith("van-ban/") && !rel.substring(8).contains("/") && fm.containsKey("number") && fm.containsKey("type")) {
                    hugoFm = documentFrontMatter(fm);
                    docs++;
                } else {
                    hugoFm = pageFrontMatter(fm);
                    if (target.equals("index.md") || target.endsWith("/index.md")) target = target.substring(0, target.length() - "index.md".length()) + "_index.md";
                    pages++;
                }
                byte[] b = (hugoFm + fmBody[1]).getBytes(StandardCharsets.UTF_8);
                Path dst = out.resolve("content").resolve(target);
                Files.createDirectories(dst.getParent());
                Files.write(dst, b);
                bytes += b.length;
            }
            // Hugo makes a section (list) page of every top-level folder; the register layout
            // would list plain pages as documents: a plain page instead (ours writes none there)
            try (Stream<Path> st = Files.list(out.resolve("content"))) {
                for (Path d : st.filter(Files::isDirectory).sorted().toList()) {
                    String name = d.getFileName().toString();
                    if (name.equals("van-ban") || Files.exists(d.resolve("_index.md"))) continue;
                    writeText(d.resolve("_index.md"), "---\ntitle: " + q(name) + "\nlayout: page\n---\n");
                }
            }
            writeHugo(out, themes, title, description, home, labels(themes.resolve("default/messages.yaml")));
            System.err.printf(Locale.ROOT, "hugo site from %s: %d documents, %d pages, %d bytes of Markdown → %s%n", content, docs, pages, bytes, out);
        }

        static String documentFrontMatter(Map<String, String> fm) {
            StringBuilder f = new StringBuilder("---\n");
            String date = unquote(fm.getOrDefault("date", "1970-01-01").strip());
            if (date.matches("\\d{4}")) date += "-01-01";
            else if (date.matches("\\d{4}-\\d{2}")) date += "-01";
            String type = unquote(fm.get("type").strip());
            put(f, "title", fm.get("title"));
            f.append("date: ").append(date).append('\n');
            put(f, "description", fm.get("summary"));
            f.append("doctype: ").append(type).append('\n');
            for (String k : List.of("number", "issuer", "place", "signer", "signer_title")) put(f, k, fm.get(k));
            f.append("status: ").append(fm.containsKey("status") ? fm.get("status").strip() : "chua-ro").append('\n');
            for (String k : List.of("implements", "replaces")) put(f, k, fm.get(k));
            f.append("loai-van-ban: [").append(type).append("]\n");
            if (fm.containsKey("issuer")) f.append("co-quan-ban-hanh:\n  - ").append(fm.get("issuer").strip()).append('\n');
            put(f, "doi-tuong", fm.get("audience"));
            put(f, "chu-de", fm.get("topics"));
            f.append("nam: [\"").append(date, 0, 4).append("\"]\n");
            return f.append("---\n").toString();
        }

        static String pageFrontMatter(Map<String, String> fm) {
            StringBuilder f = new StringBuilder("---\n");
            put(f, "title", fm.get("title"));
            put(f, "description", fm.containsKey("description") ? fm.get("description") : fm.get("summary"));
            f.append("layout: page\n");
            return f.append("---\n").toString();
        }

        /** key + the value as written in the source (the rest of its line and its indented lines). */
        static void put(StringBuilder f, String key, String raw) {
            if (raw == null || raw.isBlank()) return;
            f.append(key).append(':').append(raw.startsWith("\n") ? "" : " ").append(raw.startsWith("\n") ? raw : raw.strip()).append('\n');
        }

        /** {front matter text, body}; no front matter: {"", text}. */
        static String[] split(String text) {
            if (!text.startsWith("---\n")) return new String[] {"", text};
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                if (text.endsWith("\n---")) return new String[] {text.substring(4, text.length() - 3), ""};
                return new String[] {"", text};
            }
            return new String[] {text.substring(4, end + 1), text.substring(end + 5)};
        }

        /**
         * Top-level fields of a YAML mapping, each value as written: the text after "key:" and,
         * when the value goes on over indented lines (a block list, a nested mapping, a folded
         * scalar), "\n" and those lines. Comments and blank lines at the top level are skipped.
         */
        static Map<String, String> fields(String yaml) {
            Map<String, String> out = new LinkedHashMap<>();
            String key = null;
            StringBuilder value = null;
            for (String line : yaml.split("\n", -1)) {
                java.util.regex.Matcher m = KEY.matcher(line);
                if (m.matches()) {
                    if (key != null) out.put(key, trimEnd(value.toString()));
                    key = m.group(1);
                    value = new StringBuilder(m.group(2).strip());
                } else if (key != null && (line.startsWith(" ") || line.startsWith("-") || line.startsWith("\t"))) {
                    value.append('\n').append(line);
                } else if (key != null && (line.isBlank() || line.startsWith("#"))) {
                    // between fields
                }
            }
            if (key != null) out.put(key, trimEnd(value.toString()));
            return out;
        }

        static String trimEnd(String s) {
            int e = s.length();
            while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
            return s.substring(0, e);
        }

        static String unquote(String s) {
            s = s.strip();
            if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
                s = s.substring(1, s.length() - 1);
                if (s.indexOf('\\') >= 0) s = s.replace("\\\"", "\"").replace("\\\\", "\\");
            }
            return s;
        }

        /** The type, audience, status and taxonomy sections of the theme's messages.yaml, as they are. */
        static String labels(Path messages) throws IOException {
            Map<String, String> all = fields(Files.readString(messages, StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (String k : List.of("type", "audience", "status", "taxonomy")) {
                String v = all.get(k);
                if (v == null) throw new IOException(messages + " has no section " + k + ":");
                b.append(k).append(':').append(v).append('\n');
            }
            return b.toString();
        }
    }

    // ------------------------------------------------------------------ helpers

    static String slug(String s) {
        String f = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            c = Character.toLowerCase(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) out.append('-');
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    static String vnDate(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    /** Lower-cases the first letter unless the first word is an abbreviation or a name ("UBND", "Công an"). */
    static String lowerFirst(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || !Character.isLowerCase(s.charAt(1))) return s;
        for (String keep : new String[] {"Công an", "Ủy ban", "Bộ ", "Ban ", "Đảng", "Nhà nước", "Thành phố", "Tổ quốc", "Mặt trận", "Sở ", "Phòng ", "Đội ", "Nhân dân"}) {
            if (s.startsWith(keep)) return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static <T> T pick(SplittableRandom r, T[] a) { return a[r.nextInt(a.length)]; }

    static <T> T pick(SplittableRandom r, List<T> a) { return a.get(r.nextInt(a.size())); }

    /** k distinct indices of [0, n), in increasing order. */
    static int[] sample(SplittableRandom r, int n, int k) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = idx[i]; idx[i] = idx[j]; idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, k);
        Arrays.sort(out);
        return out;
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static String qList(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) out.add(q(s));
        return "[" + String.join(", ", out) + "]";
    }

    static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    static void writeText(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, nfc(text), StandardCharsets.UTF_8);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(p)) { Files.delete(p); return; }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException { Files.delete(f); return FileVisitResult.CONTINUE; }
            @Override public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException { Files.delete(d); return FileVisitResult.CONTINUE; }
        });
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path dst = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dst);
                else Files.copy(p, dst, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws IOException {
        long seed = 42;
        int docs = -1;
        Path out = null;
        Path content = Path.of("content/van-ban");
        Path themes = Path.of("themes");
        int bodyBytes = 10_300;
        boolean hugoOnly = false;
        Path from = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--content" -> content = Path.of(args[++i]);
                case "--themes" -> themes = Path.of(args[++i]);
                case "--body-bytes" -> bodyBytes = Integer.parseInt(args[++i]);
                case "--hugo-only" -> hugoOnly = true;
                case "--from" -> from = Path.of(args[++i]);
                case "-h", "--help" -> { usage(); return; }
                default -> { System.err.println("unknown option: " + a); usage(); System.exit(2); }
            }
        }
        if (hugoOnly) {
            if (from == null || out == null) { usage(); System.exit(2); }
            HugoFromSource.run(from, out);
            return;
        }
        if (docs < 1 || out == null) { usage(); System.exit(2); }
        if (!Files.isDirectory(themes.resolve("default"))) {
            System.err.println("no theme folder " + themes.resolve("default") + " (use --themes)");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Pool pool = readPool(content);
        CorpusGenerator g = new CorpusGenerator(seed, docs, pool, bodyBytes);
        g.generateMetadata();
        long[] bytes = g.write(out, themes);
        writeText(out.resolve("corpus.properties"), "seed=" + seed + "\ndocs=" + docs + "\nbody_bytes=" + bodyBytes
                + "\nmarkdown_bytes=" + bytes[0] + "\nhugo_markdown_bytes=" + bytes[1] + "\n");
        System.err.printf(Locale.ROOT, "pool: %d paragraphs, %d leads, %d list items, %d sub-items, %d/%d/%d headings, %d footnotes from %d bytes%n",
                pool.paragraphs.size(), pool.leads.size(), pool.items.size(), pool.subItems.size(), pool.h2.size(), pool.h3.size(),
                pool.h4.size(), pool.footnotes.size(), pool.sourceBytes);
        System.err.printf(Locale.ROOT, "generated %d documents in %.1f s into %s%n", docs, (System.nanoTime() - t0) / 1e9, out);
        System.out.printf(Locale.ROOT, "markdown bytes: %d (%.1f MB, %.1f kB/document); hugo copy: %d bytes%n",
                bytes[0], bytes[0] / 1e6, bytes[0] / 1e3 / docs, bytes[1]);
    }

    static void usage() {
        System.err.println("usage: java bench/CorpusGenerator.java --seed 42 --docs N --out DIR "
                + "[--content ./content/van-ban] [--themes ./themes] [--body-bytes 10300]");
        System.err.println("       java bench/CorpusGenerator.java --hugo-only --from SRC --out DIR   "
                + "(the Hugo site of an antq-site source SRC: SRC/content, SRC/themes)");
    }
}
