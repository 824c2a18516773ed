package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform operator in a real browser: opens the nightly runs, starts one, watches it end with its counts, in four
 * languages; the demo enterprises' notification mails reach GreenMail. Persons of enterprises never see the page.
 */
class OperationsBrowserIT extends BrowserSession {

    private static final Map<String, String> TITLE = Map.of(
            "en",
            "Nightly runs",
            "fr",
            "Traitements de nuit",
            "nl",
            "Nachtelijke verwerkingen",
            "de",
            "Nächtliche Läufe");

    private static MailCatcher mail;

    @BeforeAll
    static void startSmtpServer() {
        mail = MailCatcher.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        mail.close();
    }

    @Override
    protected String screenshotPrefix() {
        return "operations-";
    }

    @Test
    void operatorStartsARunAndSeesItEndWithItsCountsAndTheEnterprisesGetTheirMails() {
        logInInEnglish("ops.demo");
        assertTrue(waitFor(By.id("operator")).isDisplayed(), "the home page of an operator says so");
        assertTrue(browser.findElements(By.id("no-enterprise")).isEmpty());
        shoot("home");
        waitFor(By.id("menu-operations")).click();
        assertEquals(TITLE.get("en"), waitFor(By.tagName("h1")).getText());
        Accessibility.assertClean(browser, "nightly runs before any run");
        shoot("before");

        waitFor(By.id("startForm:start")).click();
        assertTrue(waitFor(By.cssSelector("#messages .message-info, #messages .ui-messages-info"))
                .isDisplayed());
        WebElement done = new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#runs-table tr.run-completed")));
        assertTrue(done.findElements(By.tagName("td")).get(1).getText().startsWith("ops.demo"));
        assertTrue(count(done, "examined") >= 3, "the three demo enterprises have unread messages");
        assertTrue(count(done, "notified") > 0, "messages notified");
        assertTrue(count(done, "sent") >= 3, "a mail to each demo enterprise");
        assertEquals(0, count(done, "failed"), "no mail failed");
        Accessibility.assertClean(browser, "nightly runs after a run");
        shoot("after-run");

        MimeMessage zinneke = mail.awaitMailTo("info@zinneke.example", m -> true);
        assertTrue(MailCatcher.body(zinneke).contains("Brasserie Zinneke SRL"), MailCatcher.body(zinneke));

        for (String language : Browser.LANGUAGES) {
            browser.get(url("app/operations/nightly-runs.xhtml?lang=" + language));
            assertEquals(TITLE.get(language), waitFor(By.tagName("h1")).getText());
            shoot(language);
        }
    }

    private static int count(WebElement run, String what) {
        return Integer.parseInt(
                run.findElement(By.cssSelector(".count-" + what)).getText().trim());
    }

    @Test
    void personsOfEnterprisesAreAnsweredNotFoundAndSeeNoLinkToIt() {
        logInInEnglish("la.lumiere");
        assertTrue(browser.findElements(By.id("menu-operations")).isEmpty());
        browser.get(url("app/operations/nightly-runs.xhtml"));
        assertEquals(404, Browser.status(browser));
    }
}
