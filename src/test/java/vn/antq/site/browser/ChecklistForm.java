package vn.antq.site.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import vn.antq.site.checklist.Checklist;

import java.util.List;
import java.util.Map;

/** Answers a checklist page the way a user does: clicks and keystrokes. */
final class ChecklistForm {
    private final WebDriver driver;

    ChecklistForm(WebDriver driver) {
        this.driver = driver;
    }

    WebElement item(String id) {
        return driver.findElement(By.cssSelector("[data-item='" + id + "']"));
    }

    void answer(String id, String value) {
        WebElement item = item(id);
        List<WebElement> number = item.findElements(By.cssSelector("input[type=number]"));
        if (!number.isEmpty()) {
            number.get(0).clear();
            number.get(0).sendKeys(value);
            return;
        }
        item.findElement(By.cssSelector("input[name='" + id + "'][value='" + value + "']")).click();
    }

    /** Types a number and leaves the field: a value the browser cannot read counts from then on. */
    void answerNumber(String id, String value) {
        answer(id, value);
        item(id).findElement(By.cssSelector("input[type=number]")).sendKeys(Keys.TAB);
    }

    /** Answers every visible question as {@code answers} says, in order (so conditions unfold). */
    void answerAll(Checklist checklist, Map<String, String> answers) {
        for (Checklist.Item i : checklist.items()) {
            String value = answers.get(i.id());
            if (value == null || i.kind().equals("computed")) continue;
            if (item(i.id()).isDisplayed()) answer(i.id(), value);
        }
    }
}
