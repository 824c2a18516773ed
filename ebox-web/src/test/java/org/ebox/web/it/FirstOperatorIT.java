package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An e-Box started without demo data (by {@code ./ebox setup test}, which has made its first operator with
 * {@code ./ebox first-operator} and hands over the link it printed): the operator opens the link in a real browser,
 * sets up a password and an authenticator app, signs in and has the operators' pages; the setup path is closed now.
 */
class FirstOperatorIT {

    private static final String PASSWORD = "the very first operator of all";

    private static ChromeDriver browser;
    private static String ebox;

    @BeforeAll
    static void startTheBrowser() {
        ebox = System.getProperty("ebox.setup.ebox", "http://127.0.0.1:8480");
        browser = Browser.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFirstOperatorSetsUpTheirSignInThroughTheCommandsLinkAndTheSetupClosesBehindThem() throws Exception {
        String link = System.getProperty("ebox.setup.link");
        assertTrue(link != null && link.startsWith(ebox + "/invitation.xhtml?token="), "the command's link: " + link);
        browser.get(link);
        assertEquals(
                "Richten Sie Ihre Anmeldung ein",
                Browser.waitFor(browser, By.tagName("h1")).getText());
        assertTrue(
                Browser.text(browser, "invitation-intro")
                        .startsWith("Frieda Erste, Sie sind der erste Plattformbetreiber"),
                Browser.text(browser, "invitation-intro"));
        Accessibility.assertClean(browser, "the first operator's invitation");
        Browser.screenshot(browser, "first-operator-invitation-de");
        String secret = Browser.text(browser, "secret").replace(" ", "");
        String login = "first.operator@agency.example";
        type("invitation:password", PASSWORD);
        type("invitation:repeated", PASSWORD);
        type("invitation:code", Logins.nextAppCode(browser, login, secret));
        browser.findElement(By.id("invitation:accept")).click();

        Browser.waitFor(browser, By.id("login:username"));
        Logins.password(browser, login, PASSWORD);
        Logins.appCode(browser, login, secret);
        // A new person confirms the access information first, operators too.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("accessInfo:confirm"))
                                .isEmpty()
                        || !driver.findElements(By.id("menu-institutions")).isEmpty());
        Browser.screenshot(browser, "first-operator-signed-in");
        if (!browser.findElements(By.id("accessInfo:confirm")).isEmpty()) {
            browser.findElement(By.id("accessInfo:confirm")).click();
        }
        Browser.waitFor(browser, By.id("menu-institutions")).click();
        Browser.waitFor(browser, By.id("menu-register"));
        Browser.screenshot(browser, "first-operator-institutions");

        HttpResponse<String> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ebox + "/setup/first-operator"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "token=anything&email=late%40agency.example&givenName=Late&familyName=Comer"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), "once an operator exists, the setup path is closed: " + again.body());
        browser.get(link);
        assertTrue(Browser.waitFor(browser, By.id("invitation-refused")).isDisplayed(), "the link worked once");
    }

    private static void type(String id, String text) {
        Browser.waitFor(browser, By.id(id)).sendKeys(text);
    }
}
