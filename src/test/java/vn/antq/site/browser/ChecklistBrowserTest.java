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
import org.openqa.selenium.support.ui.Select;
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
    static ChecklistForm form;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
        driver = browser.driver;
        form = new ChecklistForm(driver);
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
        return form.item(id);
    }

    private void answer(String id, String value) {
        form.answer(id, value);
    }

    private void answerAll(Map<String, String> answers) {
        form.answerAll(checklist, answers);
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
        // the notice counts what the progress counts
        String notice = driver.findElement(By.cssSelector("[data-checklist-notice]")).getText();
        assertTrue(notice.contains("Đã khôi phục") && notice.contains("đã trả lời " + progressBefore + " câu hỏi"), notice);
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
        assertTrue(notice.contains("đã giữ lại") && notice.contains("đã trả lời " + progress() + " câu hỏi"), notice);
        assertTrue(progress().startsWith("1/"), progress());
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
        driver.findElement(By.cssSelector("[data-item=k1_ke_hoach] details.evidence summary")).click();
        driver.findElement(By.id("note-k1_ke_hoach")).sendKeys("Kế hoạch số 3/KH");
        Downloads.capture(driver);
        driver.findElement(By.cssSelector("button[data-action=export-json]")).click();
        driver.findElement(By.cssSelector("button[data-action=export-csv]")).click();
        List<Downloads.File> files = Downloads.taken(driver);
        assertEquals(2, files.size());
        String today = java.time.LocalDate.now().toString();
        assertEquals(ID + "-benh-vien-a-" + today + ".json", files.get(0).name());
        assertEquals(ID + "-benh-vien-a-" + today + ".csv", files.get(1).name());
        Map<String, Object> json = files.get(0).json();
        assertEquals(ID, json.get("checklist"));
        assertEquals(checklist.version(), json.get("version"));
        assertEquals("Bệnh viện A", json.get("unit"));
        assertTrue(((String) json.get("exportedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), (String) json.get("exportedAt"));
        assertEquals(Map.of("k1_ke_hoach", "yes"), json.get("answers"));
        assertEquals(Map.of("k1_ke_hoach", "Kế hoạch số 3/KH"), json.get("notes"));
        assertEquals("", json.get("outcome"), "not enough answered for an outcome");
        assertEquals(0, json.get("score"));
        assertEquals("met", ((Map<?, ?>) json.get("criteria")).get("k1_ke_hoach"));
        String csv = files.get(1).text();
        assertTrue(files.get(1).bom(), "a BOM so spreadsheets read UTF-8");
        assertTrue(csv.startsWith("\"Đơn vị\",\"Ngày xuất\",\"Bảng kiểm\",\"Mã mục\",\"Tiêu chí\",\"Căn cứ\",\"Trả lời\",\"Minh chứng\"\r\n"), csv);
        String date = (String) js("return new Date().toLocaleDateString('vi-VN');");
        assertTrue(csv.contains("\"Bệnh viện A\",\"" + date + "\",\"" + checklist.title() + "\",\"k1_ke_hoach\","
                + "\"Cơ quan, doanh nghiệp có kế hoạch về bảo đảm an ninh, trật tự.\",\"Thông tư 124/2021/TT-BCA, Điều 6 khoản 1\",\"Đạt\","
                + "\"Kế hoạch số 3/KH\""), csv);
        assertTrue(csv.contains("\"ket_qua\",\"Kết quả\""), csv);
    }

    @Test
    void shareLinkCarriesTheAnswersInTheFragment() {
        answer("k1_ke_hoach", "yes");
        answer("k2_thuc_hien", "no");
        driver.findElement(By.cssSelector("button[data-action=share]")).click();
        String link = driver.findElement(By.cssSelector("[data-share-output]")).getDomProperty("value");
        assertTrue(link.contains("#tra-loi="), link);
        assertFalse(link.substring(0, link.indexOf('#')).contains("?"), "nothing in the part sent to a server");
        js("localStorage.clear();"); // a colleague's browser, which holds no answers for this checklist
        driver.get("about:blank");
        driver.get(link);
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

    // ------------------------------------------------------------ refused answers (constraints)

    private void answerNumber(String id, String value) {
        form.answerNumber(id, value);
    }

    private List<String> errorLinks() {
        return driver.findElements(By.cssSelector("[data-checklist-errors] a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private String invalid(String id) {
        return item(id).findElement(By.cssSelector("input[type=number]")).getDomAttribute("aria-invalid");
    }

    /** Every criterion met and both counts asked: the way to "Đạt" but for the two numbers. */
    private void answerAllWithUnits() {
        answerAll(Checklists.allGood(checklist, null));
        answer("co_dau_moi_xet", "co");
    }

    @Test
    void twelveOfTenIsRefusedWithAnErrorSummaryAndNoOutcome() {
        answerAllWithUnits();
        answerNumber("tong_don_vi", "10");
        answerNumber("don_vi_dat", "8");
        assertEquals("dat", result(), "8 of 10 is at least 70%");
        assertEquals(List.of(), errorLinks());
        answerNumber("don_vi_dat", "12");
        assertEquals("", result(), "no outcome while an answer is impossible");
        assertEquals(List.of("#item-don_vi_dat"), errorLinks(), "the part is the invalid one, not the total");
        assertEquals("true", invalid("don_vi_dat"));
        assertEquals(null, invalid("tong_don_vi"));
        WebElement summary = driver.findElement(By.cssSelector("[data-checklist-errors]"));
        assertEquals("alert", summary.getDomAttribute("role"));
        assertTrue(summary.isDisplayed());
        assertTrue(summary.getText().contains("không được lớn hơn tổng số"), summary.getText());
        WebElement message = driver.findElement(By.id("error-don_vi_dat"));
        assertTrue(message.isDisplayed() && message.getText().contains("không được lớn hơn tổng số"), message.getText());
        assertTrue(item("don_vi_dat").findElement(By.cssSelector("input")).getDomAttribute("aria-describedby").contains("error-don_vi_dat"));
        // the link in the summary leads to the question
        summary.findElement(By.cssSelector("a")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#item-don_vi_dat"));
        // corrected: the outcome comes back, the error goes
        answerNumber("don_vi_dat", "7");
        assertEquals("dat", result());
        assertEquals(List.of(), errorLinks());
        assertFalse(driver.findElement(By.cssSelector("[data-checklist-errors]")).isDisplayed());
        assertEquals(null, invalid("don_vi_dat"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void halvesNegativesZeroAndLettersAreRefused() {
        answerAllWithUnits();
        answerNumber("tong_don_vi", "10");
        for (String[] bad : new String[][] {{"don_vi_dat", "7.5", "số nguyên"}, {"don_vi_dat", "-5", "từ 0 trở lên"},
                {"tong_don_vi", "0", "từ 1 trở lên"}, {"tong_don_vi", "5-", "chỉ gồm chữ số"}}) {
            answerNumber("tong_don_vi", "10");
            answerNumber("don_vi_dat", "7");
            assertEquals("dat", result());
            answerNumber(bad[0], bad[1]);
            assertEquals("", result(), bad[1] + " gives no outcome");
            assertTrue(errorLinks().contains("#item-" + bad[0]), bad[1] + ": " + errorLinks());
            assertEquals("true", invalid(bad[0]), bad[1]);
            String message = driver.findElement(By.id("error-" + bad[0])).getText();
            assertTrue(message.contains(bad[2]), bad[1] + ": " + message);
        }
    }

    @Test
    void aFailedRequiredItemIsListedInTheResult() {
        answerAllWithUnits();
        answerNumber("tong_don_vi", "10");
        answerNumber("don_vi_dat", "7");
        assertFalse(driver.findElement(By.cssSelector("[data-checklist-failed]")).isDisplayed(), "nothing failed");
        answer("k2_thuc_hien", "no");
        answerNumber("don_vi_dat", "6");
        assertEquals("chua-dat", result());
        WebElement failed = driver.findElement(By.cssSelector("[data-checklist-failed]"));
        assertTrue(failed.isDisplayed());
        List<String> links = failed.findElements(By.cssSelector("a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("#item-k2_thuc_hien", "#item-k5_ty_le"), links, "a criterion answered 'not met' and one computed so");
        // after the questions in tab order: the list comes after the last question
        Boolean after = (Boolean) js("const last = [...document.querySelectorAll('fieldset[data-item]')].pop();"
                + "return !!(last.compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_FOLLOWING);", failed);
        assertTrue(after);
        // and on paper
        js("window.dispatchEvent(new Event('beforeprint'));");
        String report = (String) js("return document.querySelector('[data-report-failed]').textContent;");
        assertTrue(report.contains("Thông tư 124/2021/TT-BCA"), report);
        assertTrue(report.contains(driver.findElement(By.cssSelector("[data-item=k2_thuc_hien] .item-text")).getText()), report);
    }

    @Test
    void countsAgreeBetweenTheListTheFormAndTheNotice() {
        int questions = checklist.questions().size();
        long conditional = checklist.questions().stream().filter(i -> i.when() != null).count();
        driver.get(browser.url("tu-kiem-tra/index.html"));
        String card = driver.findElement(By.cssSelector(".checklist-cards a[href$='" + ID + "/index.html']"))
                .findElement(By.xpath("ancestor::li")).getText();
        assertTrue(card.contains(questions + " câu hỏi, trong đó " + conditional + " câu chỉ hỏi khi áp dụng"), card);
        driver.get(browser.url(PAGE));
        answerAllWithUnits();
        answer("co_to_chuc_dang", "co");
        answerAll(Checklists.allGood(checklist, null));
        answerNumber("tong_don_vi", "10");
        answerNumber("don_vi_dat", "7");
        assertEquals(questions + "/" + questions, progress(), "every question applies: the list's count");
        driver.navigate().refresh();
        String notice = driver.findElement(By.cssSelector("[data-checklist-notice]")).getText();
        assertTrue(notice.contains("đã trả lời " + questions + "/" + questions + " câu hỏi"), notice);
    }

    // ------------------------------------------------------------------ share links, copies

    private String shareLink() {
        driver.findElement(By.cssSelector("button[data-action=share]")).click();
        return driver.findElement(By.cssSelector("[data-share-output]")).getDomProperty("value");
    }

    private boolean checked(String id, String value) {
        return driver.findElement(By.cssSelector("input[name=" + id + "][value=" + value + "]")).isSelected();
    }

    private void setUnit(String name) {
        WebElement unit = driver.findElement(By.id("don-vi"));
        unit.clear();
        unit.sendKeys(name);
    }

    /** A colleague's link over this browser's own answers: nothing changes until "keep shared". */
    private void sharedLinkKeepsMineUntilChosen(String page) {
        driver.get(page);
        js("localStorage.clear();");
        driver.navigate().refresh();
        setUnit("Phòng Hành chính");
        answer("k1_ke_hoach", "yes");
        answer("k2_thuc_hien", "yes");
        String link = shareLink();
        assertTrue(link.contains("#tra-loi="), link);
        // my own answers differ
        answer("k1_ke_hoach", "no");
        setUnit("Phòng Kế toán");
        driver.get("about:blank");
        driver.get(link);
        WebElement choice = driver.findElement(By.cssSelector("[data-share-choice]"));
        assertTrue(choice.isDisplayed(), "a choice is offered");
        assertTrue(choice.getText().contains("Phòng Hành chính") && choice.getText().contains("Phòng Kế toán"), choice.getText());
        assertTrue(checked("k1_ke_hoach", "yes"), "the shared answers are shown");
        assertFalse(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=no]")).isEnabled(), "read-only");
        // reopened without the fragment: still my own answers
        driver.get(page);
        assertTrue(checked("k1_ke_hoach", "no"), "stored answers unchanged until keep-shared");
        assertEquals("Phòng Kế toán", driver.findElement(By.id("don-vi")).getDomProperty("value"));
        // keep mine (the link opened on the page itself: only the fragment changes, and hashchange comes after)
        driver.get(link);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("[data-share-choice]")).isDisplayed());
        driver.findElement(By.cssSelector("[data-action=keep-mine]")).click();
        assertTrue(checked("k1_ke_hoach", "no"));
        assertTrue(driver.findElement(By.cssSelector("input[name=k1_ke_hoach][value=no]")).isEnabled());
        assertFalse(driver.getCurrentUrl().contains("#tra-loi="), "the fragment is dropped once chosen");
        // keep shared: the shared answers become this browser's, mine stay as a copy of their own
        driver.get("about:blank");
        driver.get(link);
        driver.findElement(By.cssSelector("[data-action=keep-shared]")).click();
        assertTrue(checked("k1_ke_hoach", "yes"));
        assertEquals("Phòng Hành chính", driver.findElement(By.id("don-vi")).getDomProperty("value"));
        driver.get(page);
        assertTrue(checked("k1_ke_hoach", "yes"), "kept after keep-shared");
        List<String> copies = driver.findElements(By.cssSelector("select[data-copies] option")).stream().map(WebElement::getText).toList();
        assertEquals(2, copies.size(), copies.toString());
        assertTrue(copies.stream().anyMatch(c -> c.startsWith("Phòng Kế toán")), copies.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aShareLinkOverExistingAnswersKeepsThemUntilChosen() {
        sharedLinkKeepsMineUntilChosen(browser.url(PAGE));
    }

    @Test
    void aShareLinkFromDiskSaysItOnlyWorksHereAndKeepsAnswersToo() {
        driver.get(Browser.fileUrl(PAGE));
        js("localStorage.clear();");
        driver.navigate().refresh();
        answer("k1_ke_hoach", "yes");
        shareLink();
        WebElement local = driver.findElement(By.cssSelector("[data-share-local]"));
        assertTrue(local.isDisplayed() && local.getText().contains("chỉ mở được trên chính máy này"), local.getText());
        Downloads.capture(driver);
        local.findElement(By.cssSelector("button[data-action=export-json]")).click();
        assertEquals(1, Downloads.taken(driver).size(), "the export is offered right there");
        sharedLinkKeepsMineUntilChosen(Browser.fileUrl(PAGE));
    }

    @Test
    void aShareLinkCarriesTheUnitAndNotes() {
        setUnit("Trường THPT Lê Lợi");
        answer("k1_ke_hoach", "yes");
        driver.findElement(By.cssSelector("[data-item=k1_ke_hoach] details.evidence summary")).click();
        driver.findElement(By.id("note-k1_ke_hoach")).sendKeys("Kế hoạch 5/KH-THPT");
        String link = shareLink();
        js("localStorage.clear();");
        driver.get("about:blank");
        driver.get(link);
        assertEquals("Trường THPT Lê Lợi", driver.findElement(By.id("don-vi")).getDomProperty("value"));
        assertEquals("Kế hoạch 5/KH-THPT", driver.findElement(By.id("note-k1_ke_hoach")).getDomProperty("value"));
        assertTrue(checked("k1_ke_hoach", "yes"));
    }

    @Test
    void twoUnitsOnOneBrowserAreKeptApart() {
        setUnit("Phòng Tổ chức");
        answer("k1_ke_hoach", "yes");
        driver.findElement(By.cssSelector("button[data-action=new-copy]")).click();
        assertEquals("", driver.findElement(By.id("don-vi")).getDomProperty("value"), "a new copy starts empty");
        assertFalse(checked("k1_ke_hoach", "yes"));
        setUnit("Khoa Nội");
        answer("k1_ke_hoach", "no");
        driver.navigate().refresh();
        Select copies = new Select(driver.findElement(By.cssSelector("select[data-copies]")));
        assertEquals(2, copies.getOptions().size());
        assertTrue(copies.getFirstSelectedOption().getText().startsWith("Khoa Nội"), "the copy in use is reopened");
        assertTrue(checked("k1_ke_hoach", "no"));
        copies.selectByIndex(0);
        assertEquals("Phòng Tổ chức", driver.findElement(By.id("don-vi")).getDomProperty("value"));
        assertTrue(checked("k1_ke_hoach", "yes"));
        // delete takes two presses and removes only that copy
        WebElement delete = driver.findElement(By.cssSelector("button[data-action=delete-copy]"));
        delete.click();
        delete.click();
        copies = new Select(driver.findElement(By.cssSelector("select[data-copies]")));
        assertEquals(1, copies.getOptions().size());
        assertEquals("Khoa Nội", driver.findElement(By.id("don-vi")).getDomProperty("value"));
        assertTrue(checked("k1_ke_hoach", "no"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void everythingOfAUnitIsExportedAtOnceFromTheListPage() {
        setUnit("Công ty Đông Á");
        answer("k1_ke_hoach", "yes");
        driver.get(browser.url("tu-kiem-tra/mo-hinh-4-ro-6-ro/index.html"));
        driver.findElement(By.id("don-vi")).sendKeys("Công ty Đông Á");
        driver.findElements(By.cssSelector("input[type=radio][value=yes]")).forEach(WebElement::click);
        driver.findElement(By.cssSelector("button[data-action=new-copy]")).click();
        driver.findElement(By.id("don-vi")).sendKeys("Công ty Khác");
        driver.findElements(By.cssSelector("input[type=radio][value=no]")).get(0).click();
        driver.get(browser.url("tu-kiem-tra/index.html"));
        Select unit = new Select(driver.findElement(By.cssSelector("[data-export-all-unit]")));
        unit.selectByVisibleText("Công ty Đông Á");
        Downloads.capture(driver);
        driver.findElement(By.cssSelector("button[data-action=export-all]")).click();
        List<Downloads.File> files = Downloads.taken(driver);
        assertEquals(1, files.size());
        assertEquals("tat-ca-bang-kiem-cong-ty-dong-a-" + java.time.LocalDate.now() + ".json", files.get(0).name());
        List<Object> results = files.get(0).jsonArray();
        assertEquals(2, results.size(), "two checklists of that unit, not the other unit's copy");
        Map<?, ?> model = (Map<?, ?>) results.get(1);
        assertEquals(List.of(ID, "mo-hinh-4-ro-6-ro"), results.stream().map(r -> ((Map<?, ?>) r).get("checklist")).toList());
        assertEquals("Công ty Đông Á", model.get("unit"));
        assertFalse(((String) model.get("outcome")).isEmpty(), "all answered: an outcome " + model);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theBrowserIsAskedToKeepTheAnswers() {
        js("window.__persist = 0; navigator.storage.persist = () => { window.__persist++; return Promise.resolve(true); };");
        answer("k1_ke_hoach", "yes");
        answer("k2_thuc_hien", "yes");
        assertEquals(1L, js("return window.__persist;"), "asked once, when there is something to keep");
    }

    @Test
    void leavingAfterAChangeWarnsUntilExported() {
        String leave = "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        assertEquals(false, js(leave), "nothing answered, nothing to warn about");
        answer("k1_ke_hoach", "yes");
        assertEquals(true, js(leave), "answers changed since the last export");
        Downloads.capture(driver);
        driver.findElement(By.cssSelector("button[data-action=export-json]")).click();
        assertEquals(false, js(leave), "exported");
        String notice = driver.findElement(By.cssSelector("[data-checklist-notice]")).getText();
        assertTrue(notice.contains("chưa có tên đơn vị"), "an export without a unit name is pointed out: " + notice);
        answer("k2_thuc_hien", "yes");
        assertEquals(true, js(leave));
    }
}
