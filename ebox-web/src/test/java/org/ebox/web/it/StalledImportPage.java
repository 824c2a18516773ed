package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's view of a stalled import, in Chromium (StalledImportIT's client side, kept apart so that the
 * deployment that runs the test class in the server needs no Selenium): the Register page says the import is
 * stalled and since when, in every language, and offers to restart or cancel it.
 */
final class StalledImportPage {

    private static final Map<String, String> STALLED = Map.of(
            "en", "Stalled: its job has given no sign of life since",
            "fr", "Bloqué : son traitement ne donne plus signe de vie depuis",
            "nl", "Vastgelopen: de verwerking geeft sinds",
            "de", "Hängt: der Auftrag gibt seit");

    private final ChromeDriver browser;
    private final String root;

    private StalledImportPage(ChromeDriver browser, URL base) {
        this.browser = browser;
        this.root = base.toString().endsWith("/") ? base.toString() : base + "/";
    }

    /**
     * Looks at the stalled import in every language and at a phone's width, then restarts it; answers the row of the
     * import once applied.
     */
    static void lookedAtAndRestarted(URL base) {
        ChromeDriver browser = Browser.start();
        try {
            StalledImportPage page = new StalledImportPage(browser, base);
            page.logIn();
            for (String language : Browser.LANGUAGES) {
                WebElement row = page.stalledRow(language);
                String said = row.findElement(By.className("import-stalled")).getText();
                assertTrue(said.startsWith(STALLED.get(language)), language + ": " + said);
                assertTrue(
                        row.findElement(By.cssSelector("button[id$='restart']")).isDisplayed());
                assertTrue(
                        row.findElement(By.cssSelector("button[id$='cancel']")).isDisplayed());
                Accessibility.assertClean(browser, "a stalled import, " + language);
                Browser.screenshot(browser, "register-stalled-" + language);
            }
            Widths.use(browser, Widths.PHONE);
            browser.executeScript("arguments[0].scrollIntoView(true);", page.stalledRow("nl"));
            Widths.assertNoSidewaysScrolling(browser, "register with a stalled import");
            Browser.screenshot(browser, "register-stalled-phone-nl");
            Widths.reset(browser);

            WebElement row = page.stalledRow("en");
            String id = row.getAttribute("id");
            row.findElement(By.cssSelector("button[id$='restart']")).click();
            assertEquals(
                    "The import starts again in a new job, from the extract's first line; what the stopped job staged"
                            + " is replaced.",
                    page.info());
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
                driver.navigate().refresh();
                return "import-applied".equals(driver.findElement(By.id(id)).getAttribute("class"));
            });
            assertTrue(browser.findElement(By.id(id))
                    .findElements(By.className("import-stalled"))
                    .isEmpty());
            Browser.screenshot(browser, "register-stalled-restarted");
        } finally {
            browser.quit();
        }
    }

    /** Cancels the stalled import on the page, in French. */
    static void cancelled(URL base) {
        ChromeDriver browser = Browser.start();
        try {
            StalledImportPage page = new StalledImportPage(browser, base);
            page.logIn();
            WebElement row = page.stalledRow("fr");
            String id = row.getAttribute("id");
            row.findElement(By.cssSelector("button[id$='cancel']")).click();
            assertEquals("L'importation est annulée. Le registre est tel qu'il était avant elle.", page.info());
            WebElement cancelled = browser.findElement(By.id(id));
            assertEquals("import-cancelled", cancelled.getAttribute("class"));
            assertTrue(cancelled.findElements(By.className("import-stalled")).isEmpty());
            Browser.screenshot(browser, "register-stalled-cancelled-fr");
        } finally {
            browser.quit();
        }
    }

    private void logIn() {
        browser.get(root + "login.xhtml?lang=en");
        Logins.password(browser, "ops.demo", "demo");
        Logins.appCode(browser, "ops.demo");
        Browser.waitFor(browser, By.tagName("h1"));
    }

    private WebElement stalledRow(String language) {
        browser.get(root + "app/operations/register.xhtml?lang=" + language);
        return Browser.waitFor(browser, By.className("import-stalled")).findElement(By.xpath("ancestor::tr"));
    }

    private String info() {
        return Browser.waitFor(browser, By.cssSelector("#messages .message-info"))
                .getText();
    }
}
