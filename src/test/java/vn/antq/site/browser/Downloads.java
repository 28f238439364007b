package vn.antq.site.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files a page offers for download (a Blob behind an {@code <a download>} it clicks), caught in
 * the page instead of written to disk: their names and bytes.
 */
final class Downloads {
    private Downloads() {}

    /** One offered file: its name, its text (UTF-8, without a BOM) and whether it began with one. */
    record File(String name, String text, boolean bom) {
        Map<String, Object> json() {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = new ObjectMapper().readValue(text, Map.class);
                return m;
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        List<Object> jsonArray() {
            try {
                @SuppressWarnings("unchecked")
                List<Object> l = new ObjectMapper().readValue(text, List.class);
                return l;
            } catch (Exception e) {
                throw new AssertionError("not a JSON array: " + text, e);
            }
        }
    }

    /** From now on, the page's downloads are recorded (and not saved). */
    static void capture(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("""
                window.__downloads = [];
                const blobs = new Map();
                const create = URL.createObjectURL;
                URL.createObjectURL = (b) => { const u = create(b); blobs.set(u, b); return u; };
                HTMLAnchorElement.prototype.click = function () {
                  if (this.download) window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
                };""");
    }

    static List<File> taken(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<List<Object>> raw = (List<List<Object>>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                Promise.all(window.__downloads.map((d) => d.blob.arrayBuffer())).then((bufs) => done(bufs.map((buf, i) => {
                  const bytes = new Uint8Array(buf);
                  const bom = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF;
                  return [window.__downloads[i].name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\\uFEFF/, ''), bom];
                })));""");
        List<File> out = new ArrayList<>();
        for (List<Object> r : raw) out.add(new File((String) r.get(0), (String) r.get(1), (Boolean) r.get(2)));
        return out;
    }
}
