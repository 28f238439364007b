package vn.antq.site.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.antq.site.TestSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server: edits show up, errors are reported and the last good site stays, only site/ is served. */
class DevServerTest {
    @TempDir
    Path dir;
    DevServer server;
    TestSite site;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        site = TestSite.create(dir);
        Files.writeString(dir.resolve("secret.txt"), "bí mật");
        server = new DevServer(new vn.antq.site.BuildOptions(dir, dir.resolve("site"), null, false), new vn.antq.site.content.Messages(), 0, new PrintWriter(log, true));
        assertTrue(server.start().published());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A raw HTTP/1.1 GET, so the path reaches the server exactly as written. */
    String[] get(String rawPath) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String status = response.substring(9, 12);
            int body = response.indexOf("\r\n\r\n");
            return new String[] {status, body < 0 ? "" : response.substring(body + 4)};
        }
    }

    void waitFor(String path, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            last = get(path)[1];
            if (condition.test(last)) return;
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting on " + path + "; log:\n" + log + "\nlast page:\n" + last);
    }

    @Test
    void anEditUpdatesThePageAndTheRegister() throws Exception {
        String[] page = get("/van-ban/chi-thi-06-ct-bca-v05/index.html");
        assertEquals("200", page[0]);
        assertTrue(page[1].contains("/__antq/reload.js"), "pages get the live-reload script");
        Path doc = dir.resolve("content/van-ban/chi-thi-06.md");
        Files.writeString(doc, Files.readString(doc).replace("Về nâng cao chất lượng phong trào", "Tiêu đề đã sửa"));
        waitFor("/van-ban/chi-thi-06-ct-bca-v05/index.html", body -> body.contains("Tiêu đề đã sửa"));
        waitFor("/van-ban/index.html", body -> body.contains("Tiêu đề đã sửa"));
    }

    @Test
    void aTextEditIsRenderedAtOnceThenEverythingElse() throws Exception {
        Path doc = dir.resolve("content/van-ban/chi-thi-06.md");
        Files.writeString(doc, Files.readString(doc).replace("Nội dung.", "Nội dung đã sửa nhanh."));
        waitFor("/van-ban/chi-thi-06-ct-bca-v05/index.html", body -> body.contains("Nội dung đã sửa nhanh."));
        long deadline = System.nanoTime() + 20_000_000_000L;
        java.util.regex.Pattern full = java.util.regex.Pattern.compile("Đã dựng lại \\d+ trang trong");
        while (full.matcher(log.toString()).results().count() < 2 && System.nanoTime() < deadline) Thread.sleep(100);
        String out = log.toString();
        assertTrue(out.contains("Đã dựng lại trang van-ban/chi-thi-06-ct-bca-v05/index.html trong"), out);
        java.util.List<Integer> fulls = full.matcher(out).results().map(java.util.regex.MatchResult::start).toList();
        assertEquals(2, fulls.size(), out);
        assertTrue(out.indexOf("Đã dựng lại trang") < fulls.get(1), "the full rebuild follows: " + out);
    }

    @Test
    void anEditRebuildsOnlyTheAffectedPagesThenTheSearch() throws Exception {
        // a second document, added: a full build
        site.file("content/van-ban/huong-dan-02.md", """
                ---
                title: "Hướng dẫn không liên quan"
                type: huong-dan
                number: "02/HD-X"
                issuer: "Sở Tư pháp"
                date: 2020-01-01
                ---
                Văn bản khác.
                """);
        waitFor("/van-ban/huong-dan-02-hd-x/index.html", body -> body.contains("Hướng dẫn không liên quan"));
        waitForLog("Đã dựng lại \\d+ trang trong", 2);
        Path other = dir.resolve("site/van-ban/huong-dan-02-hd-x/index.html");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(other, old);

        int logged = log.toString().length();
        Path doc = dir.resolve("content/van-ban/chi-thi-06.md");
        Files.writeString(doc, Files.readString(doc).replace("Về nâng cao chất lượng phong trào", "Tiêu đề mới"));
        waitFor("/van-ban/index.html", body -> body.contains("Tiêu đề mới"));
        waitForLog("Đã cập nhật chỉ mục tìm kiếm", 1);
        String out = log.toString().substring(logged);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Đã dựng lại (\\d+) trang trong \\d+ ms \\(chỉ các trang").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Integer.parseInt(m.group(1)) < 20, "only the pages the title is on: " + out);
        assertFalse(out.contains("Dựng lại toàn bộ trang"), out);
        assertEquals(old, Files.getLastModifiedTime(other), "the other document's page is not rewritten");
        // the search files name the new title, under the meta script every page loads
        String meta = get("/search/meta.js")[1];
        String folder = meta.replaceAll("(?s).*\"dir\":\"([^\"]+)\".*", "$1");
        assertTrue(get("/" + folder + "x/1-0.js")[1].contains("Tiêu đề mới") || get("/" + folder + "x/0-0.js")[1].contains("Tiêu đề mới"));
    }

    @Test
    void aFileWhoseSaveFailedIsCheckedAgainWithTheNextSave() throws Exception {
        site.file("content/_index.md", "---\ntitle: \"Trang chủ\"\n---\nLời chào.\n");
        waitFor("/index.html", body -> body.contains("Lời chào."));
        waitForLog("Đã dựng lại \\d+ trang trong", 2);
        int logged = log.toString().length();
        Path doc = dir.resolve("content/van-ban/chi-thi-06.md");
        String good = Files.readString(doc);
        Files.writeString(doc, good.replace("date: 2025-05-07", "date: 2025-02-31"));
        waitFor("/__antq/status", body -> body.contains("content/van-ban/chi-thi-06.md:6:"));
        int failures = count("Dựng lại không thành công");
        // another file's save: a full build would still fail on the first, so nothing is published
        Path home = dir.resolve("content/_index.md");
        Files.writeString(home, Files.readString(home).replace("Lời chào.", "Lời chào mới."));
        waitForLog("Dựng lại không thành công", failures + 1);
        assertTrue(get("/__antq/status")[1].contains("content/van-ban/chi-thi-06.md:6:"));
        assertFalse(get("/index.html")[1].contains("Lời chào mới."), "the last good site stays");
        // fixed: both edits go through, incrementally
        Files.writeString(doc, good.replace("Nội dung.", "Nội dung đã sửa."));
        waitFor("/index.html", body -> body.contains("Lời chào mới."));
        waitFor("/van-ban/chi-thi-06-ct-bca-v05/index.html", body -> body.contains("Nội dung đã sửa."));
        waitFor("/__antq/status", String::isEmpty);
        assertFalse(log.toString().substring(logged).contains("Dựng lại toàn bộ trang"), log.toString());
    }

    int count(String text) {
        return log.toString().split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    void waitForLog(String regex, int count) throws InterruptedException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (p.matcher(log.toString()).results().count() < count) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + regex + " in the log:\n" + log);
            Thread.sleep(50);
        }
    }

    @Test
    void anErrorIsReportedAndTheLastGoodPageStillServed() throws Exception {
        Path doc = dir.resolve("content/van-ban/chi-thi-06.md");
        Files.writeString(doc, Files.readString(doc).replace("date: 2025-05-07", "date: 2025-02-31"));
        waitFor("/__antq/status", body -> body.contains("content/van-ban/chi-thi-06.md:6:"));
        String[] page = get("/van-ban/chi-thi-06-ct-bca-v05/index.html");
        assertEquals("200", page[0]);
        assertTrue(page[1].contains("Về nâng cao chất lượng phong trào"));
        assertTrue(log.toString().contains("content/van-ban/chi-thi-06.md:6:"), log.toString());
    }

    @Test
    void onlyTheOutputFolderIsServed() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/van-ban/..%2f..%2fsecret.txt",
                "/..%5csecret.txt", "/%2E%2E/%2E%2E/etc/passwd", "/van-ban/../../secret.txt"}) {
            String[] r = get(path);
            assertTrue(r[0].equals("400") || r[0].equals("404"), path + " → " + r[0]);
            assertFalse(r[1].contains("bí mật"), path);
        }
        assertEquals("404", get("/khong-co.html")[0]);
        assertEquals("200", get("/")[0]);
        assertTrue(get("/van-ban/")[1].contains("<table"), "a folder serves its index.html, never a listing");
    }
}
