package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.antq.site.TestSite;
import vn.antq.site.checklist.Checklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor's summary of many units' exported results (tu-kiem-tra/tong-hop/), and the
 * printed one-page report of a checklist.
 */
class SupervisorBrowserTest {
    static final String PAGE = "tu-kiem-tra/tong-hop/index.html";
    static final String CQ = "an-toan-antt-co-quan";
    static final String PL = "phan-loai-phong-trao";
    static final Path SCREENSHOTS = TestSite.PROJECT.resolve("target/screenshots");
    static Browser browser;
    static WebDriver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        driver = browser.driver;
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void open() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(browser.url(PAGE));
        browser.consoleErrors();
    }

    @AfterEach
    void noConsoleErrors() {
        // (the checklist page's own test, below, is left to ChecklistBrowserTest's checks)
        if (driver.getCurrentUrl().contains("tong-hop")) assertEquals(List.of(), browser.consoleErrors());
    }

    // ------------------------------------------------------------------------------ helpers

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The version of the checklist the site has now (an export of another version is read more warily). */
    private static int version(String checklist) {
        if (versions == null) {
            versions = Checklists.load().stream().collect(Collectors.toMap(c -> c.id(), c -> c.version()));
        }
        return versions.getOrDefault(checklist, 1);
    }

    private static Map<String, Integer> versions;

    /**
     * A result as checklist.js exports it, of the checklist's current version; {@code extra} adds or
     * replaces fields (null removes one).
     */
    private static Map<String, Object> result(String checklist, String unit, String outcome, String exportedAt, Object... extra) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("checklist", checklist);
        r.put("title", "…");
        r.put("version", version(checklist));
        r.put("unit", unit);
        if (exportedAt != null) r.put("exportedAt", exportedAt);
        r.put("outcome", outcome);
        r.put("outcomeLabel", "");
        r.put("score", 0);
        r.put("scored", checklist.equals(PL));
        r.put("progress", "24/26");
        r.put("answers", Map.of());
        r.put("notes", Map.of());
        r.put("criteria", Map.of());
        r.put("failed", List.of());
        r.put("errors", List.of());
        for (int i = 0; i < extra.length; i += 2) {
            if (extra[i + 1] == null) r.remove((String) extra[i]);
            else r.put((String) extra[i], extra[i + 1]);
        }
        return r;
    }

    private static String json(Object o) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
    }

    private Path file(String name, Object content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content instanceof String s ? s : json(content), StandardCharsets.UTF_8);
        return p;
    }

    private long batches() {
        Object b = js("return Number(document.querySelector('[data-supervisor]').dataset.batches || 0);");
        return ((Number) b).longValue();
    }

    /** One choice in the file dialog (several files at once), waiting until it is read. */
    private void choose(Path... files) {
        long before = batches();
        StringBuilder paths = new StringBuilder();
        for (Path f : files) paths.append(paths.length() == 0 ? "" : "\n").append(f);
        driver.findElement(By.cssSelector("input[type=file][data-files]")).sendKeys(paths.toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> batches() > before);
    }

    private String count(String checklist) {
        WebElement e = driver.findElement(By.cssSelector("[data-units='" + checklist + "']"));
        assertEquals(e.getDomAttribute("data-count"), e.getText(), "data-count and the text agree");
        return e.getText();
    }

    private List<List<String>> unitRows(String checklist) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("[data-unit-table='" + checklist + "'] tbody tr"))) {
            List<String> cells = new ArrayList<>();
            for (WebElement c : tr.findElements(By.cssSelector("th, td"))) cells.add(c.getDomProperty("textContent"));
            rows.add(cells);
        }
        return rows;
    }

    private String notice() {
        return driver.findElement(By.cssSelector("[data-supervisor-notice]")).getText();
    }

    /** Three agencies (two pass), and two units of the scored checklist: the set most tests use. */
    private void loadThreeUnits() throws IOException {
        choose(file("a.json", result(CQ, "Công ty A", "dat", "2026-12-01T08:00:00.000Z",
                        "criteria", Map.of("k1_ke_hoach", "met", "k1_dang_ky", "not-met"))),
                file("b.json", result(CQ, "Công ty B", "chua-dat", "2026-12-02T08:00:00.000Z",
                        "criteria", Map.of("k1_ke_hoach", "not-met", "k1_dang_ky", "na"))),
                // an older export: no criteria, failed, scored, exportedAt; only the answers
                file("c.json", result(CQ, "Trường C", "dat", null, "criteria", null, "failed", null, "scored", null,
                        "answers", Map.of("k1_ke_hoach", "yes"))),
                file("pl.json", List.of(
                        result(PL, "Công ty A", "kha", "2026-12-03T08:00:00.000Z", "score", 9),
                        result(PL, "Trường C", "xuat-sac", "2026-12-03T09:00:00.000Z", "score", 11.5))));
    }

    // ---------------------------------------------------------------------------- the tests

    @Test
    void filesChosenSeveralTimesAccumulate() throws IOException {
        assertTrue(driver.findElement(By.cssSelector("[data-checklist-summary='" + CQ + "']")).getDomProperty("hidden").equals("true"));
        choose(file("a.json", result(CQ, "Công ty A", "dat", "2026-12-01T08:00:00.000Z")));
        assertEquals("1", count(CQ));
        choose(file("b.json", result(CQ, "Công ty B", "chua-dat", "2026-12-01T08:00:00.000Z")),
                file("x.json", result(PL, "Công ty B", "kha", "2026-12-01T08:00:00.000Z")));
        assertEquals("2", count(CQ));
        assertEquals("1", count(PL));
        assertEquals(List.of("Công ty A", "Công ty B"), unitRows(CQ).stream().map(r -> r.get(0)).toList());
        assertTrue(driver.findElement(By.cssSelector("[data-supervisor-status]")).getText().contains("3 kết quả của 2 đơn vị"),
                driver.findElement(By.cssSelector("[data-supervisor-status]")).getText());
    }

    @Test
    void aUnitCountsOnceWithItsLatestExport() throws IOException {
        Path newer = file("moi.json", result(CQ, "Công ty A", "dat", "2026-12-04T01:50:00.000Z"));
        Path older = file("cu.json", result(CQ, "công  ty a ", "chua-dat", "2026-11-20T01:50:00.000Z"));
        Path other = file("b.json", result(CQ, "Công ty B", "dat", "2026-11-20T01:50:00.000Z"));
        choose(older, other);
        assertEquals("2", count(CQ));
        choose(newer); // the later export replaces the earlier one
        assertEquals("2", count(CQ));
        assertEquals("2", driver.findElement(By.cssSelector("[data-units='" + CQ + "']")).getDomAttribute("data-count"));
        List<List<String>> rows = unitRows(CQ);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(List.of("Công ty A", "Đạt tiêu chuẩn"), rows.get(0).subList(0, 2));
        assertEquals("moi.json", rows.get(0).get(rows.get(0).size() - 1));
        assertTrue(notice().contains("cu.json") && notice().contains("đã được thay bằng bản mới hơn trong tệp moi.json"), notice());
        // an older file chosen afterwards does not win over the newer one
        choose(older);
        assertEquals("2", count(CQ));
        assertEquals("moi.json", unitRows(CQ).get(0).get(4));
        assertTrue(notice().contains("cu.json") && notice().contains("không được tính"), notice());
        // the same file chosen twice counts once
        choose(newer);
        assertEquals("2", count(CQ));
        assertTrue(notice().contains("Tệp moi.json đã được chọn trước đó"), notice());
        // same export time: the file added last counts
        choose(file("lai.json", result(CQ, "Công ty B", "chua-dat", "2026-11-20T01:50:00.000Z")));
        assertEquals("Chưa đạt tiêu chuẩn", unitRows(CQ).get(1).get(1));
        assertTrue(notice().contains("b.json") && notice().contains("lai.json"), notice());
    }

    @Test
    void theScoreColumnIsOnlyForScoredChecklists() throws IOException {
        loadThreeUnits();
        assertTrue(driver.findElements(By.cssSelector("[data-unit-table='" + CQ + "'] th[data-score-column]")).isEmpty());
        List<String> headers = driver.findElements(By.cssSelector("[data-unit-table='" + CQ + "'] thead th")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Đơn vị", "Kết quả", "Đã trả lời", "Ngày xuất", "Tệp"), headers);
        assertEquals(5, unitRows(CQ).get(0).size());
        assertEquals(1, driver.findElements(By.cssSelector("[data-unit-table='" + PL + "'] th[data-score-column]")).size());
        List<List<String>> scored = unitRows(PL);
        assertEquals(List.of("Công ty A", "Khá", "9"), scored.get(0).subList(0, 3));
        assertEquals(List.of("Trường C", "Xuất sắc", "11,5"), scored.get(1).subList(0, 3));
        // an export without a date is shown as such, not as 1970
        assertEquals("không rõ", unitRows(CQ).get(2).get(3));
        assertTrue(unitRows(CQ).get(0).get(3).contains("01/12/2026"), unitRows(CQ).get(0).toString());
    }

    @Test
    void eachCriterionCountsItsUnits() throws IOException {
        loadThreeUnits();
        choose(file("d.json", result(CQ, "Công ty D", "", "2026-12-02T08:00:00.000Z",
                        "criteria", Map.of("k1_ke_hoach", "unknown"))),
                file("e.json", result(CQ, "Công ty E", "dat", "2026-12-02T08:00:00.000Z",
                        "version", version(CQ) - 1, "criteria", Map.of("k1_ke_hoach", "met"))));
        assertEquals("5", count(CQ));
        // k1_ke_hoach: A met, B not met, C met (answer "yes" of an export without criteria), D unknown, E met
        assertEquals(List.of("3", "1", "0", "1", "Công ty B"), criterion(CQ, "k1_ke_hoach"));
        // k1_dang_ky: A not met, B n.a., C unknown (no answer), D n.a. (not among the criteria it was shown),
        // E unknown (not among them either, but the export is of another version of the checklist)
        assertEquals(List.of("0", "1", "2", "2", "Công ty A"), criterion(CQ, "k1_dang_ky"));
        WebElement row = driver.findElement(By.cssSelector("[data-criteria-table='" + CQ + "'] tr[data-criterion=k1_ke_hoach] th"));
        assertEquals("Cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự.", row.getText());
        // criteria in the order of the checklist, plain text
        List<WebElement> all = driver.findElements(By.cssSelector("[data-criteria-table='" + CQ + "'] tr[data-criterion]"));
        assertEquals("k1_nghi_quyet", all.get(0).getDomAttribute("data-criterion"));
        assertEquals("k1_ke_hoach", all.get(1).getDomAttribute("data-criterion"));
        // a "không để xảy ra" criterion says so: met means it did not happen
        WebElement notHappened = driver.findElement(By.cssSelector("[data-criteria-table='" + CQ + "'] tr[data-kind=not-happened] th"));
        assertTrue(notHappened.getText().startsWith("Không để xảy ra: "), notHappened.getText());
        // grouped under the checklist's sections
        assertEquals("1. Nghị quyết, kế hoạch, nội quy và mô hình",
                driver.findElement(By.cssSelector("[data-criteria-table='" + CQ + "'] tbody th[scope=rowgroup]")).getText());
        for (WebElement th : driver.findElements(By.cssSelector("[data-criteria-table] tr[data-criterion] th"))) {
            String html = th.getDomProperty("innerHTML");
            assertFalse(html.contains("<") || html.contains("**") || html.contains("]("), html);
        }
        assertEquals("Chưa đủ câu trả lời để kết luận", unitRows(CQ).get(2).get(1)); // D: no outcome yet
    }

    private List<String> criterion(String checklist, String id) {
        List<String> out = new ArrayList<>();
        for (WebElement td : driver.findElements(By.cssSelector("[data-criteria-table='" + checklist + "'] tr[data-criterion='" + id + "'] td"))) {
            out.add(td.getDomProperty("textContent"));
        }
        return out;
    }

    @Test
    void targetsComeFromTheContentWithVietnameseNumbers() throws IOException {
        loadThreeUnits();
        WebElement safe = driver.findElement(By.cssSelector("[data-target='" + CQ + ":0']"));
        assertEquals("dat", safe.getDomAttribute("data-outcomes"));
        assertEquals("70", safe.getDomAttribute("data-min"));
        String text = safe.findElement(By.cssSelector("[data-target-value]")).getDomProperty("textContent");
        String label = safe.findElement(By.cssSelector("[data-bar-label]")).getDomProperty("textContent");
        assertEquals("66,7\u202F%", label);
        assertEquals("2/3 đơn vị (" + label + ") — chưa đạt chỉ tiêu", text);
        assertEquals("not-reached", safe.getDomAttribute("data-state"));
        assertTrue(safe.getText().contains("Kế hoạch 354/KH-UBND (Hải Phòng), mục I.2"), safe.getText());
        assertTrue(safe.getText().contains("ít nhất 70"), safe.getText());
        // the bar's width is the share; the mark is the target
        double fill = ((Number) js("const b = arguments[0].querySelector('.sv-bar').getBoundingClientRect();"
                + "return arguments[0].querySelector('[data-bar-fill]').getBoundingClientRect().width / (b.width - 2);", safe)).doubleValue();
        assertEquals(2.0 / 3, fill, 0.01);
        WebElement kha = driver.findElement(By.cssSelector("[data-target='" + PL + ":0']"));
        assertEquals("true", kha.getDomAttribute("data-strict"));
        assertEquals("2/2 đơn vị (100\u202F%) — đạt chỉ tiêu", kha.findElement(By.cssSelector("[data-target-value]")).getDomProperty("textContent"));
        assertTrue(kha.getText().contains("trên 75"), kha.getText());
        // nothing of the old hard-wired plan is left
        String page = driver.getPageSource();
        assertFalse(page.contains("So với chỉ tiêu của Kế hoạch") || page.contains("data-target=\"safe\""));
        assertFalse(driver.findElement(By.tagName("main")).getText().contains("33.3%"));
    }

    @Test
    void exportsTheSummaryAsCsv() throws IOException {
        loadThreeUnits();
        js("window.__blobs = []; window.__names = []; const orig = URL.createObjectURL;"
                + "URL.createObjectURL = (b) => { window.__blobs.push(b); return orig(b); };"
                + "document.addEventListener('click', (e) => { if (e.target.download) window.__names.push(e.target.download); }, true);");
        driver.findElement(By.cssSelector("[data-supervisor-action=csv]")).click();
        String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.__blobs[0].arrayBuffer().then((buf) => { const bytes = new Uint8Array(buf);"
                        + "  const bom = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 'BOM:' : '';"
                        + "  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes).replace(/^\\uFEFF/, '');"
                        // WebDriver turns CR LF into LF on the way back: each line end is marked here
                        + "  done(bom + text.replace(/\\r\\n/g, '\\u2424').replace(/\\r/g, '<CR>').replace(/\\n/g, '<LF>')); });");
        assertTrue(csv.startsWith("BOM:"), "a BOM so spreadsheets read UTF-8");
        csv = csv.substring(4);
        assertTrue(csv.endsWith("\u2424") && !csv.contains("<CR>") && !csv.contains("<LF>"), "every line ends in CR LF: " + csv);
        List<String> lines = List.of(csv.split("\u2424", -1));
        assertEquals("\"Bảng kiểm\",\"Mã bảng kiểm\",\"Đơn vị\",\"Kết quả\",\"Điểm\",\"Đã trả lời\",\"Ngày xuất\",\"Tệp\"", lines.get(0));
        int blank = lines.indexOf("");
        assertEquals(5, blank - 1, "one row per counted unit: " + lines);
        assertTrue(lines.get(1).startsWith("\"Cơ quan, doanh nghiệp đạt tiêu chuẩn “An toàn về an ninh, trật tự”\",\"" + CQ
                + "\",\"Công ty A\",\"Đạt tiêu chuẩn\",\"\",\"24/26\""), lines.get(1));
        assertTrue(csv.contains("\"" + PL + "\",\"Trường C\",\"Xuất sắc\",\"11,5\""), csv);
        assertTrue(lines.contains("\"Bảng kiểm\",\"Mã bảng kiểm\",\"Mã tiêu chí\",\"Tiêu chí\",\"Đạt\",\"Chưa đạt\",\"Không áp dụng\",\"Chưa xác định\",\"Đơn vị chưa đạt\""), csv);
        assertTrue(csv.contains("\"" + CQ + "\",\"k1_ke_hoach\",\"Cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự.\",\"2\",\"1\",\"0\",\"0\",\"Công ty B\""), csv);
        assertTrue(csv.contains("\"Đạt tiêu chuẩn “An toàn về an ninh, trật tự”\",\"ít nhất 70\u202F%\",\"2\",\"3\",\"66,7\u202F%\",\"chưa đạt chỉ tiêu\""), csv);
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return window.__names;");
        String today = (String) js("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0')"
                + " + '-' + String(d.getDate()).padStart(2, '0');");
        assertEquals(List.of("tong-hop-" + today + ".csv"), names);
    }

    @Test
    void badFilesAreNamedAndSkipped() throws IOException {
        choose(file("hong.json", "{ không phải kết quả"),
                file("khac.json", Map.of("checklist", CQ, "outcome", "dat")),
                file("la.json", result("khong-co-bang-nay", "Công ty A", "dat", "2026-12-01T08:00:00.000Z")),
                file("rong.json", List.of()),
                file("tot.json", result(CQ, "Công ty A", "dat", "2026-12-01T08:00:00.000Z")));
        String n = notice();
        assertTrue(n.contains("Tệp hong.json không phải kết quả"), n);
        assertTrue(n.contains("Tệp khac.json không phải kết quả"), n);
        assertTrue(n.contains("la.json") && n.contains("khong-co-bang-nay"), n);
        assertTrue(n.contains("rong.json"), n);
        assertFalse(n.contains("tot.json"), n);
        assertEquals("1", count(CQ));
    }

    @Test
    void filesCanBeDroppedOnThePage() throws IOException {
        WebElement zone = driver.findElement(By.cssSelector("[data-drop-zone]"));
        assertTrue(zone.isDisplayed());
        assertTrue(zone.getText().contains("kéo"), zone.getText());
        String a = json(List.of(result(CQ, "Trường C", "dat", "2026-12-01T08:00:00.000Z"),
                result(PL, "Trường C", "kha", "2026-12-01T08:00:00.000Z")));
        String b = json(result(CQ, "Công ty B", "dat", "2026-12-01T08:00:00.000Z"));
        long before = batches();
        js("const dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[1]], 'tat-ca.json', {type: 'application/json'}));"
                + "dt.items.add(new File([arguments[2]], 'b.json', {type: 'application/json'}));"
                + "arguments[0].dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));", zone, a, b);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> batches() > before);
        assertEquals("2", count(CQ));
        assertEquals("1", count(PL));
        assertFalse(zone.getDomAttribute("class").contains("is-over"));
    }

    @Test
    void worksFromAFileOnDisk() throws IOException {
        driver.get(Browser.fileUrl(PAGE));
        choose(file("a.json", result(CQ, "Công ty A", "dat", "2026-12-01T08:00:00.000Z")));
        choose(file("b.json", result(CQ, "Công ty B", "dat", "2026-12-01T08:00:00.000Z")));
        assertEquals("2", count(CQ));
        assertEquals("2/2 đơn vị (100\u202F%) — đạt chỉ tiêu",
                driver.findElement(By.cssSelector("[data-target='" + CQ + ":0'] [data-target-value]")).getDomProperty("textContent"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void clearingTakesTwoPresses() throws IOException {
        loadThreeUnits();
        WebElement clear = driver.findElement(By.cssSelector("[data-supervisor-action=clear]"));
        clear.click();
        assertEquals("3", count(CQ));
        assertEquals("Bấm lần nữa để xóa tất cả", clear.getText());
        clear.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                "0".equals(d.findElement(By.cssSelector("[data-units='" + CQ + "']")).getDomAttribute("data-count")));
        assertFalse(driver.findElement(By.cssSelector("[data-checklist-summary='" + CQ + "']")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector("[data-supervisor-actions]")).isDisplayed());
        assertTrue(notice().contains("Đã xóa"), notice());
    }

    @Test
    void onAPhoneNothingScrollsSidewaysAndTextStaysReadable() throws IOException {
        loadThreeUnits();
        for (int width : new int[] {360, 320}) {
            driver.manage().window().setSize(new Dimension(width, 800));
            long inner = ((Number) js("return window.innerWidth;")).longValue();
            assertEquals(width, inner, "the viewport is the window's width");
            long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
            assertTrue(scroll <= inner, "scrolls sideways at " + width + " px: " + scroll + " > " + inner);
            @SuppressWarnings("unchecked")
            List<Number> sizes = (List<Number>) js("return Array.from(document.querySelectorAll('[data-chart] p, [data-chart] span, [data-chart] h3'))"
                    + ".filter((e) => e.offsetParent !== null && e.textContent.trim())"
                    + ".map((e) => parseFloat(getComputedStyle(e).fontSize));");
            assertFalse(sizes.isEmpty());
            for (Number s : sizes) assertTrue(s.doubleValue() >= 12, "chart text of " + s + " px at " + width + " px");
            // every cell of a unit's row, the result above all, is on screen
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) js(
                    "return Array.from(document.querySelectorAll('[data-unit-table] tbody td, [data-criteria-table] tbody td'))"
                            + ".filter((td) => td.getClientRects().length > 0).map((td) => {"
                            + " const r = td.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width, text: td.textContent}; });");
            for (Map<String, Object> c : cells) {
                double left = ((Number) c.get("left")).doubleValue();
                double right = ((Number) c.get("right")).doubleValue();
                assertTrue(left >= 0 && right <= inner && ((Number) c.get("width")).doubleValue() > 0, c + " at " + width + " px");
            }
            WebElement outcome = driver.findElement(By.cssSelector("[data-unit-table='" + CQ + "'] tbody td[data-outcome]"));
            assertTrue(outcome.isDisplayed());
            assertEquals("Đạt tiêu chuẩn", outcome.getText());
            assertEquals("\"Kết quả\"", js("return getComputedStyle(arguments[0], '::before').content;", outcome),
                    "the cell is labelled with its column");
        }
    }

    @Test
    void screenshotsAndPrint() throws IOException {
        loadThreeUnits();
        // a newer export of one unit, so the notice shows too
        choose(file("cong-ty-b-moi.json", result(CQ, "Công ty B", "dat", "2026-12-03T10:15:00.000Z",
                "criteria", Map.of("k1_ke_hoach", "met", "k1_dang_ky", "met"))));
        Files.createDirectories(SCREENSHOTS);
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            for (String scheme : List.of("light", "dark")) {
                chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (int width : new int[] {360, 1280}) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    Files.write(SCREENSHOTS.resolve("tu-kiem-tra-tong-hop-" + width + (scheme.equals("dark") ? "-dark" : "") + ".png"),
                            fullPage(chrome));
                }
            }
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) chrome.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(SCREENSHOTS.resolve("tu-kiem-tra-tong-hop-a4.pdf"), bytes);
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        // on paper: the summary, without the file input, the buttons or the navigation
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            driver.manage().window().setSize(new Dimension(794, 1123)); // A4 at 96 dpi
            assertFalse(driver.findElement(By.cssSelector("input[type=file][data-files]")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector("[data-supervisor-action=csv]")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".site-nav")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("[data-checklist-summary='" + CQ + "']")).isDisplayed());
            assertTrue(driver.findElement(By.cssSelector("[data-printed-on]")).getText().startsWith("Lập ngày"));
            long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
            long inner = ((Number) js("return window.innerWidth;")).longValue();
            assertTrue(scroll <= inner, "printed summary wider than the page: " + scroll + " > " + inner);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The whole page, not only the window (a PNG of the full layout height). */
    private static byte[] fullPage(ChromeDriver chrome) {
        double height = ((Number) chrome.executeScript("return document.documentElement.scrollHeight;")).doubleValue();
        double width = ((Number) chrome.executeScript("return window.innerWidth;")).doubleValue();
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Test
    void theLoadedSummaryHasNoAccessibilityViolations() throws IOException {
        Path axe = TestSite.PROJECT.resolve(".cache/axe/node_modules/axe-core/axe.min.js");
        assertTrue(Files.isRegularFile(axe), "axe-core is missing: npm install --prefix .cache/axe axe-core (as .ci/run does)");
        loadThreeUnits();
        choose(file("hong.json", "không phải JSON")); // the notice shown too
        ChromeDriver chrome = (ChromeDriver) driver;
        List<String> found = new ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                chrome.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                js(Files.readString(axe, StandardCharsets.UTF_8));
                @SuppressWarnings("unchecked")
                List<String> v = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                + ".then((r) => done(r.violations.map((x) => x.id + ': ' + x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))))"
                                + ".catch((e) => done(['axe-error: ' + e]));");
                for (String s : v) found.add("[" + scheme + "] " + s);
            }
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void printShowsTheOnePageReportNotTheForm() {
        driver.get(browser.url("tu-kiem-tra/an-toan-antt-co-quan/index.html"));
        ((JavascriptExecutor) driver).executeScript("localStorage.clear();");
        driver.navigate().refresh();
        driver.findElement(By.id("don-vi")).sendKeys("Công ty In Thử");
        driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).click();
        ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('beforeprint'));");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(driver.findElement(By.cssSelector("[data-report]")).isDisplayed());
            assertTrue(!driver.findElement(By.cssSelector("form[data-checklist]")).isDisplayed());
            assertEquals("Công ty In Thử", driver.findElement(By.cssSelector("[data-report-unit]")).getText());
            String report = driver.findElement(By.cssSelector("[data-report-rows]")).getText();
            // each question with its legal basis and its answer
            assertTrue(report.contains("Cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự. Thông tư 124/2021/TT-BCA, Điều 6 khoản 1 Đạt"), report);
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * The whole way, with the real pages: three units fill the Thông tư 124 checklist on one office
     * computer and export it (one twice, after a correction), and the supervisor adds the files up.
     */
    @Test
    void realExportsOfThreeUnitsAddUp() throws IOException {
        Checklist tt124 = Checklists.load().stream().filter(c -> c.id().equals(CQ)).findFirst().orElseThrow();
        ChecklistForm form = new ChecklistForm(driver);
        driver.get(browser.url("tu-kiem-tra/" + CQ + "/index.html"));
        js("localStorage.clear();");
        driver.navigate().refresh();
        Downloads.capture(driver);
        String[][] units = {{"Phòng Hành chính", "7"}, {"Phòng Kế toán", "6"}, {"Phòng Kỹ thuật", "9"}};
        for (int n = 0; n < units.length; n++) {
            if (n > 0) driver.findElement(By.cssSelector("button[data-action=new-copy]")).click();
            driver.findElement(By.id("don-vi")).sendKeys(units[n][0]);
            form.answerAll(tt124, Checklists.allGood(tt124, null));
            form.answer("co_dau_moi_xet", "co");
            form.answerNumber("tong_don_vi", "10");
            form.answerNumber("don_vi_dat", units[n][1]); // 6 of 10 misses the 70%
            driver.findElement(By.cssSelector("button[data-action=export-json]")).click();
        }
        // Phòng Kế toán finds two more units qualified and exports again
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("select[data-copies]"))).selectByIndex(1);
        form.answerNumber("don_vi_dat", "8");
        driver.findElement(By.cssSelector("button[data-action=export-json]")).click();
        List<Downloads.File> files = Downloads.taken(driver);
        assertEquals(4, files.size());
        String today = java.time.LocalDate.now().toString();
        assertEquals(CQ + "-phong-ke-toan-" + today + ".json", files.get(1).name());
        assertEquals("chua-dat", files.get(1).json().get("outcome"));
        assertEquals(List.of("k5_ty_le"), files.get(1).json().get("failed"));
        // the correction is a second file of the same name: the supervisor's download folder renames it
        Path first = file("a-" + files.get(0).name(), files.get(0).text());
        Path wrong = file("b-" + files.get(1).name(), files.get(1).text());
        Path third = file("c-" + files.get(2).name(), files.get(2).text());
        Path fixed = file("d-" + files.get(3).name(), files.get(3).text());
        driver.get(browser.url(PAGE));
        choose(first, wrong);
        choose(third, fixed, first);
        assertEquals("3", count(CQ), "three units, each once");
        assertTrue(notice().contains(wrong.getFileName().toString()), "the replaced export is named: " + notice());
        List<List<String>> rows = unitRows(CQ);
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get(1).equals("Đạt tiêu chuẩn")), rows.toString());
        String target = driver.findElement(By.cssSelector("[data-target^='" + CQ + ":'] [data-target-value]")).getText();
        assertTrue(target.startsWith("3/3 đơn vị (100\u202F%) — đạt chỉ tiêu"), target);
        assertEquals(List.of("3", "0", "0", "0", ""), criterion(CQ, "k5_ty_le"), "the computed 70% criterion, counted from the exports");
    }
}
