package vn.antq.site.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.antq.site.checklist.Checklist;
import vn.antq.site.checklist.Evaluator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Thông tư 124 checklist for agencies and enterprises, used as a unit would, in Chromium. */
class ChecklistBrowserTest {
    static final String ID = "an-toan-antt-co-quan";
    static final String PAGE = "tu-kiem-tra/" + ID + "/index.html";
    static Browser browser;
    static WebDriver driver;
    static Checklist checklist;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        driver = browser.driver;
        checklist = Checklists.load().stream().filter(c -> c.id().equals(ID)).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void freshStorage() {
        driver.get(browser.url(PAGE));
        js("localStorage.clear();");
        driver.get(browser.url(PAGE));
        browser.consoleErrors();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private String result() {
        return driver.findElement(By.cssSelector("[data-checklist-result]")).getDomAttribute("data-checklist-result");
    }

    private String progress() {
        return driver.findElement(By.cssSelector("[data-checklist-progress]")).getDomAttribute("data-checklist-progress");
    }

    private WebElement item(String id) {
        return driver.findElement(By.cssSelector("[data-item='" + id + "']"));
    }

    private void answer(String id, String value) {
        WebElement item = item(id);
        List<WebElement> number = item.findElements(By.cssSelector("input[type=number]"));
        if (!number.isEmpty()) {
            number.get(0).clear();
            number.get(0).sendKeys(value);
            return;
        }
        item.findElement(By.cssSelector("input[name='" + id + "'][value='" + value + "']")).click();
    }

    /** Answers every visible question as {@code answers} says, in order (so conditions unfold). */
    private void answerAll(Map<String, String> answers) {
        for (Checklist.Item i : checklist.items()) {
            String value = answers.get(i.id());
            if (value == null || i.kind().equals("computed")) continue;
            if (item(i.id()).isDisplayed()) answer(i.id(), value);
        }
    }

    @Test
    void answeredToAPass() {
        Map<String, String> good = Checklists.allGood(checklist, null);
        answerAll(good);
        assertEquals("dat", result(), "all criteria met");
        assertEquals(new Evaluator(checklist).evaluate(good).outcome(), result());
        assertEquals("Đạt tiêu chuẩn", driver.findElement(By.cssSelector("[data-checklist-result]")).getText());
        assertFalse(driver.findElement(By.cssSelector("[data-missing]")).isDisplayed(), "nothing missing");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void oneCriterionNotMetIsAFail() {
        answerAll(Checklists.allGood(checklist, null));
        Checklist.Item happened = checklist.items().stream().filter(i -> i.kind().equals("not-happened")).findFirst().orElseThrow();
        answer(happened.id(), "no");
        assertEquals("chua-dat", result());
        // a fail is known at once, even before everything is answered
        driver.get(browser.url(PAGE));
        js("localStorage.clear();");
        driver.get(browser.url(PAGE));
        answer(happened.id(), "no");
        assertEquals("chua-dat", result());
    }

    @Test
    void notApplicableLeavesTheDenominator() {
        Checklist.Item na = checklist.items().stream().filter(Checklist.Item::na).findFirst().orElseThrow();
        answerAll(Checklists.allGood(checklist, null));
        assertTrue(item(na.id()).isDisplayed());
        String[] before = progress().split("/");
        answer(na.id(), "na");
        String[] after = progress().split("/");
        assertEquals(Integer.parseInt(before[1]) - 1, Integer.parseInt(after[1]), "an item answered 'không áp dụng' leaves the total");
    }

    @Test
    void conditionalItemIsShownAndHidden() {
        Checklist.Item conditional = checklist.items().stream().filter(i -> i.when() != null).findFirst().orElseThrow();
        assertFalse(item(conditional.id()).isDisplayed(), "hidden until its condition holds");
        answerAll(Checklists.allGood(checklist, null));
        assertTrue(item(conditional.id()).isDisplayed());
        String gate = ((vn.antq.site.checklist.Expr.Ref) firstRef(conditional.when())).id();
        Checklist.Item gateItem = checklist.item(gate);
        answer(gate, gateItem.kind().equals("choice") ? gateItem.options().get(1).id() : "no");
        assertFalse(item(conditional.id()).isDisplayed());
    }

    private static vn.antq.site.checklist.Expr firstRef(vn.antq.site.checklist.Expr e) {
        if (e instanceof vn.antq.site.checklist.Expr.Ref) return e;
        if (e instanceof vn.antq.site.checklist.Expr.Binary b) {
            var l = firstRef(b.left());
            return l != null ? l : firstRef(b.right());
        }
        if (e instanceof vn.antq.site.checklist.Expr.Unary u) return firstRef(u.operand());
        return null;
    }

    @Test
    void answersAndNotesSurviveAReload() {
        answer("k1_ke_hoach", "yes");
        answer("k2_thuc_hien", "no");
        driver.findElement(By.cssSelector("[data-item=k1_ke_hoach] details.evidence summary")).click();
        driver.findElement(By.id("note-k1_ke_hoach")).sendKeys("Kế hoạch số 12/KH ngày 10/02");
        driver.findElement(By.id("don-vi")).sendKeys("Công ty Thử nghiệm");
        String progressBefore = progress();
        driver.navigate().refresh();
        assertTrue(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).isSelected());
        assertTrue(driver.findElement(By.cssSelector("input[name=k2_thuc_hien][value=no]")).isSelected());
        assertEquals("Kế hoạch số 12/KH ngày 10/02", driver.findElement(By.id("note-k1_ke_hoach")).getDomProperty("value"));
        assertEquals("Công ty Thử nghiệm", driver.findElement(By.id("don-vi")).getDomProperty("value"));
        assertEquals(progressBefore, progress());
        assertEquals("chua-dat", result());
        assertTrue(driver.findElement(By.cssSelector("[data-checklist-notice]")).getText().contains("Đã khôi phục 2 câu trả lời"));
    }

    @Test
    void answersSurviveAnEditOfTheDefinition() {
        // saved by an older version that had an item since removed, and a choice value since renamed
        js("localStorage.setItem(arguments[0], JSON.stringify({version: 0, answers: {k1_ke_hoach: 'yes', muc_da_xoa: 'yes', k2_thuc_hien: 'khong-con'}, notes: {}}));",
                "antq-checklist:" + ID);
        driver.navigate().refresh();
        assertTrue(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).isSelected());
        assertTrue(driver.findElements(By.cssSelector("input[name=k2_thuc_hien]:checked")).isEmpty());
        String notice = driver.findElement(By.cssSelector("[data-checklist-notice]")).getText();
        assertTrue(notice.contains("đã giữ lại 1 câu trả lời"), notice);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void corruptStorageIsIgnoredWithANotice() {
        js("localStorage.setItem(arguments[0], '{không phải JSON');", "antq-checklist:" + ID);
        driver.navigate().refresh();
        String notice = driver.findElement(By.cssSelector("[data-checklist-notice]")).getText();
        assertTrue(notice.contains("bị hỏng"), notice);
        answer("k1_ke_hoach", "yes");
        assertTrue(progress().startsWith("1/"), "the page still works");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void exportsJsonAndCsv() {
        answer("k1_ke_hoach", "yes");
        driver.findElement(By.id("don-vi")).sendKeys("Bệnh viện A");
        js("window.__blobs = []; const orig = URL.createObjectURL; URL.createObjectURL = (b) => { window.__blobs.push(b); return orig(b); };");
        driver.findElement(By.cssSelector("button[data-action=export-json]")).click();
        driver.findElement(By.cssSelector("button[data-action=export-csv]")).click();
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "Promise.all(window.__blobs.map((b) => b.arrayBuffer())).then((bufs) => done(bufs.map((buf) => {"
                        + "  const bytes = new Uint8Array(buf);"
                        + "  const bom = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 'BOM:' : '';"
                        + "  return bom + new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes).replace(/^\\uFEFF/, ''); })));");
        assertEquals(2, texts.size());
        String json = texts.get(0);
        assertTrue(json.contains("\"checklist\": \"" + ID + "\""), json);
        assertTrue(json.contains("\"unit\": \"Bệnh viện A\""), json);
        assertTrue(json.contains("\"k1_ke_hoach\": \"yes\""), json);
        String csv = texts.get(1);
        assertTrue(csv.startsWith("BOM:\"ma_muc\""), "a BOM so spreadsheets read UTF-8: " + csv.substring(0, 40));
        assertTrue(csv.contains("\"k1_ke_hoach\",\"Cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự.\",\"Đạt\""), csv);
    }

    @Test
    void shareLinkCarriesTheAnswersInTheFragment() {
        answer("k1_ke_hoach", "yes");
        answer("k2_thuc_hien", "no");
        driver.findElement(By.cssSelector("button[data-action=share]")).click();
        String link = driver.findElement(By.cssSelector("[data-share-output]")).getDomProperty("value");
        assertTrue(link.contains("#tra-loi="), link);
        assertFalse(link.substring(0, link.indexOf('#')).contains("?"), "nothing in the part sent to a server");
        js("localStorage.clear();");
        driver.get(link);
        driver.navigate().refresh(); // a fragment-only change does not reload
        assertTrue(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).isSelected());
        assertTrue(driver.findElement(By.cssSelector("input[name=k2_thuc_hien][value=no]")).isSelected());
        assertTrue(driver.findElement(By.cssSelector("[data-checklist-notice]")).getText().contains("từ đường dẫn chia sẻ"));
    }

    @Test
    void resetNeedsTwoPresses() {
        answer("k1_ke_hoach", "yes");
        WebElement reset = driver.findElement(By.cssSelector("button[data-action=reset]"));
        reset.click();
        assertTrue(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).isSelected());
        reset.click();
        assertFalse(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).isSelected());
        driver.navigate().refresh();
        assertFalse(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]")).isSelected());
    }

    @Test
    void missingRequiredItemsLinkToThem() {
        WebElement first = driver.findElement(By.cssSelector("[data-missing] a"));
        String href = first.getDomAttribute("href");
        assertTrue(href.startsWith("#item-"), href);
        first.click();
        assertTrue(driver.getCurrentUrl().endsWith(href));
    }

    @Test
    void worksByKeyboardAlone() {
        WebElement radio = driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=yes]"));
        js("arguments[0].focus();", radio);
        radio.sendKeys(Keys.SPACE);
        assertTrue(radio.isSelected());
        assertTrue(progress().startsWith("1/"));
        // every input has an accessible name: a label or a legend around its group
        for (WebElement input : driver.findElements(By.cssSelector("form[data-checklist] input, form[data-checklist] textarea"))) {
            String name = (String) js("const e = arguments[0]; return (e.labels && e.labels.length) ? e.labels[0].textContent : '';", input);
            assertFalse(name.isBlank(), "no label for " + input.getDomAttribute("name"));
        }
    }

    @Test
    void worksOpenedFromDisk() {
        driver.get(Browser.fileUrl(PAGE));
        js("localStorage.clear();");
        driver.navigate().refresh();
        answerAll(Checklists.allGood(checklist, null));
        assertEquals("dat", result());
        assertNotNull(driver.findElement(By.cssSelector("button[data-action=print]")));
        assertEquals(List.of(), browser.consoleErrors());
    }
}
