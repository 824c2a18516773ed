package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ebox.demo.DemoData;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser: logs in, sees the home page with the person's and the enterprise's details from the
 * database, in four languages, switches enterprise, logs out. Screenshots go to target/screenshots.
 */
class LoginAndHomeBrowserIT extends BrowserSession {

    /** The demo enterprises, as the demo loader writes them to the database. */
    private static final String ZINNEKE = "Brasserie Zinneke SRL";

    private static final String ZINNEKE_NUMBER =
            EnterpriseNumber.withCheckDigits("08123456").formatted();
    private static final String LUMIERE = "Atelier Lumière SA";

    private static final Map<String, String> HOME_TITLE =
            Map.of("en", "Home", "fr", "Accueil", "nl", "Startpagina", "de", "Startseite");
    private static final Map<String, String> LOGIN_TITLE =
            Map.of("en", "Log in", "fr", "Se connecter", "nl", "Aanmelden", "de", "Anmelden");

    @Test
    void visitorWhoIsNotLoggedInIsSentToTheLoginPage() {
        browser.get(url("app/home.xhtml"));
        waitFor(By.id("login:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
        browser.get(url(""));
        waitFor(By.id("login:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), "the root address leads to the login too");
    }

    @Test
    void coLocalAdministratorSeesHerNameAndTheEnterpriseNameNumberAndEmailAfterLogin() {
        logIn("cola.zinneke", "demo");
        assertTrue(text("person-name").contains("Marie Claes"), text("person-name"));
        assertEquals(ZINNEKE, text("enterprise-name"));
        assertEquals(ZINNEKE_NUMBER, text("enterprise-number"));
        assertEquals("info@zinneke.example", text("enterprise-email"));
        assertTrue(Integer.parseInt(text("count-messages")) >= 200);
        assertTrue(Integer.parseInt(text("count-unread")) > 0);
        Browser.screenshot(browser, "home-after-login");
    }

    @Test
    void homePageShowsTheNewestUnreadMessagesEachOpeningItsMessage() {
        logIn("cola.zinneke", "demo");
        java.util.List<String> shown = browser.findElements(By.cssSelector("#newest-list li")).stream()
                .map(line -> line.getAttribute("id").substring("newest-".length()))
                .toList();
        assertEquals(5, shown.size(), "the five newest of more than five unread");
        browser.findElement(By.id("newest-all")).click();
        waitFor(By.id("message-table"));
        assertTrue(browser.getCurrentUrl().contains("unread=true"), browser.getCurrentUrl());
        assertEquals(
                shown,
                browser.findElements(By.cssSelector("#message-table tbody tr")).stream()
                        .limit(5)
                        .map(row -> row.getAttribute("id").substring("row-".length()))
                        .toList(),
                "the same messages, in the same order, as the unread list's first five");
        browser.get(url("app/home.xhtml"));
        waitFor(By.cssSelector("#newest-" + shown.get(0) + " a")).click();
        waitFor(By.id("technical"));
        assertTrue(browser.getCurrentUrl().endsWith("id=" + shown.get(0)), browser.getCurrentUrl());
        browser.get(url("app/home.xhtml"));
        assertTrue(browser.findElements(By.id("newest-" + shown.get(0))).isEmpty(), "read now: no longer listed");
        Browser.screenshot(browser, "home-newest-unread");
    }

    @Test
    void personsPreferredLanguageIsUsedAfterLoginUnlessChosenBefore() {
        logIn("la.zinneke", "demo");
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"), "Luc prefers Dutch");
        assertEquals(HOME_TITLE.get("nl"), browser.findElement(By.tagName("h1")).getText());

        browser.manage().deleteAllCookies();
        browser.get(url("login.xhtml?lang=de"));
        logInHere("la.zinneke", "demo");
        waitFor(By.id("enterprise-name"));
        assertEquals(HOME_TITLE.get("de"), browser.findElement(By.tagName("h1")).getText(), "his own choice wins");
    }

    @Test
    void loginAndHomePagesAreShownInEnglishFrenchDutchAndGerman() throws Exception {
        for (String language : HOME_TITLE.keySet()) {
            browser.get(url("login.xhtml?lang=" + language));
            assertEquals(
                    LOGIN_TITLE.get(language), waitFor(By.id("login-heading")).getText());
            assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
            Path shot = Browser.screenshot(browser, "login-" + language);
            assertTrue(Files.size(shot) > 10_000, "a screenshot with content");
        }
        logIn("la.lumiere", "demo");
        for (String language : HOME_TITLE.keySet()) {
            browser.get(url("app/home.xhtml?lang=" + language));
            assertEquals(HOME_TITLE.get(language), waitFor(By.tagName("h1")).getText());
            assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
            Browser.screenshot(browser, "home-" + language);
        }
    }

    @Test
    void loginHomeAndErrorPagesPassTheWcagAaRulesOfAxeCore() {
        browser.get(url("login.xhtml?lang=fr"));
        waitFor(By.id("login:username"));
        Accessibility.assertClean(browser, "login page");
        Logins.password(browser, "la.zinneke", "wrong");
        waitFor(By.cssSelector("#messages .message-error"));
        Accessibility.assertClean(browser, "login page with an error");
        logIn("la.zinneke", "demo");
        Accessibility.assertClean(browser, "home page of a person with two enterprises");
        browser.findElement(By.cssSelector("#alerts summary")).click();
        Accessibility.assertClean(browser, "home page with the alerts open");
        Browser.screenshot(browser, "home-alerts-open");
        browser.get(url("app/no-such-page.xhtml"));
        waitFor(By.tagName("h1"));
        Accessibility.assertClean(browser, "not-found page");
        Browser.screenshot(browser, "not-found");
        browser.get(url("dev/token"));
        assertEquals(
                "Demande refusée",
                waitFor(By.tagName("h1")).getText(),
                "a GET of a POST-only address, in the language this session chose");
        Accessibility.assertClean(browser, "page of a refused request");
        Browser.screenshot(browser, "failed-fr");
    }

    @Test
    void personActingForTwoEnterprisesChoosesOneAfterLoginAndSwitchesToTheOther() {
        browser.get(url("login.xhtml?lang=en"));
        Logins.password(browser, "la.zinneke", "demo");
        Logins.appCode(browser, "la.zinneke");
        waitFor(By.id("choose-heading"));
        Browser.screenshot(browser, "choose-enterprise");
        Accessibility.assertClean(browser, "choice of enterprise");
        browser.get(url("app/home.xhtml"));
        waitFor(By.id("choose-heading"));
        assertTrue(browser.getCurrentUrl().contains("/app/welcome/enterprise.xhtml"), "no page before the choice");
        browser.findElements(By.cssSelector(".enterprise-button")).stream()
                .filter(button -> button.getText().startsWith(LUMIERE))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(By.id("enterprise-name"));
        assertEquals(LUMIERE, text("enterprise-name"));
        browser.get(url("app/messages/list.xhtml?folder=inbox"));
        new Select(waitFor(By.id("enterpriseSwitch:enterprise"))).selectByVisibleText(ZINNEKE);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("enterprise-name"), ZINNEKE));
        assertEquals(ZINNEKE_NUMBER, text("enterprise-number"));
        assertTrue(browser.getCurrentUrl().contains("/app/home.xhtml"), "shown from a new request, at its home");
        String unread = text("count-unread");
        browser.navigate().refresh();
        assertEquals(
                unread,
                waitFor(By.id("count-unread")).getText().trim(),
                "the counts shown at the switch are the new enterprise's");
        Browser.screenshot(browser, "home-switched-enterprise");
    }

    @Test
    void sessionIdChangesAtLoginAndTheAskedPageIsShownAfterIt() {
        browser.get(url("app/home.xhtml?lang=de"));
        waitFor(By.id("login:username"));
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        logInHere("cola.zinneke", "demo");
        waitFor(By.id("enterprise-name"));
        assertTrue(browser.getCurrentUrl().contains("/app/home.xhtml?lang=de"), browser.getCurrentUrl());
        assertEquals(HOME_TITLE.get("de"), browser.findElement(By.tagName("h1")).getText());
        String after = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertTrue(!before.equals(after), "a session id known before login is worth nothing after it");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageInTheChosenLanguage() {
        browser.get(url("login.xhtml?lang=fr"));
        Logins.password(browser, "la.zinneke", "not-the-password");
        WebElement error = waitFor(By.cssSelector("#messages .message-error"));
        assertTrue(error.getText().contains("Le nom d'utilisateur ou le mot de passe est incorrect."), error.getText());
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"));
        Browser.screenshot(browser, "login-refused-fr");
    }

    @Test
    void emptyFormIsRefusedWithAMessagePerField() {
        browser.get(url("login.xhtml?lang=en"));
        waitFor(By.id("login:submit")).click();
        waitFor(By.cssSelector("#messages .message-error"));
        WebElement messages = browser.findElement(By.id("messages"));
        assertTrue(messages.getText().contains("Enter your username."), messages.getText());
        assertTrue(messages.getText().contains("Enter your password."), messages.getText());
    }

    @Test
    void loginWorksWithTheKeyboardAlone() {
        browser.get(url("login.xhtml?lang=en"));
        WebElement username = waitFor(By.id("login:username"));
        username.click();
        username.sendKeys("la.lumiere");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("demo", Keys.ENTER);
        waitFor(By.id("code:value"));
        assertEquals(
                "code:value", browser.switchTo().activeElement().getAttribute("id"), "the code field has the focus");
        browser.switchTo()
                .activeElement()
                .sendKeys(Logins.nextAppCode(browser, "la.lumiere", DemoData.DEMO_AUTHENTICATOR_SECRET), Keys.ENTER);
        waitFor(By.id("enterprise-name"));
        assertEquals(LUMIERE, text("enterprise-name"));
    }

    @Test
    void userWithoutTheEboxAdministratorBoxIsToldWhyThereAreNoMessages() {
        logIn("nobox.zinneke", "demo");
        assertTrue(browser.findElement(By.id("no-ebox")).isDisplayed());
        assertTrue(browser.findElements(By.id("count-messages")).isEmpty(), "no figures of the box are shown");
        assertTrue(browser.findElements(By.id("alerts")).isEmpty(), "no alert bell without an e-Box");
        Browser.screenshot(browser, "home-without-ebox");
    }

    @Test
    void aLoggedInPersonLogsOutFromTheNotFoundPageInHerLanguage() {
        logIn("la.lumiere", "demo");
        browser.get(url("app/no-such-page.xhtml?lang=fr"));
        assertEquals(404, Browser.status(browser));
        Browser.screenshot(browser, "not-found-logged-in-fr");
        Accessibility.assertClean(browser, "404 page with the logout button");
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("logged-out"));
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.get(url("app/home.xhtml"));
        waitFor(By.id("login:username"));
    }

    @Test
    void loggedInBrowserSessionIsNoKeyToTheApi() {
        logIn("la.lumiere", "demo");
        browser.get(url("REST/ebox/enterprise/messageRegistry/v2/ebox"));
        String page = browser.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("\"code\":\"UNAUTHORIZED\""), page);
        assertTrue(!page.contains("numberOfMessages"), "the API takes bearer tokens only");
    }

    @Test
    void aFormWhoseViewStateWasTamperedWithGetsTheStartAgainPageInThePersonsLanguage() {
        browser.get(url("login.xhtml?lang=fr"));
        waitFor(By.id("login:username")).sendKeys("la.lumiere");
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.executeScript("document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value = 'forged';");
        browser.findElement(By.id("login:submit")).click();
        assertEquals("Page expirée", waitFor(By.tagName("h1")).getText(), "HttpHardeningIT checks its status, 400");
        Accessibility.assertClean(browser, "start-again page");
        Browser.screenshot(browser, "expired-fr");
        browser.findElement(By.linkText("Retour à l'accueil")).click();
        waitFor(By.id("login:username"));
    }

    @Test
    void afterLogoutTheBackButtonShowsNoPageOfTheEnterprise() {
        logIn("la.lumiere", "demo");
        browser.get(url("app/management.xhtml"));
        waitFor(By.tagName("h1"));
        assertTrue(browser.getPageSource().contains("Atelier Lumière"));
        browser.findElement(By.id("logoutForm:logout")).click();
        waitFor(By.id("logged-out"));
        browser.navigate().back();
        waitFor(By.id("login:username"));
        assertFalse(browser.getPageSource().contains("Atelier Lumière"), "the page was not kept: no-store");
        Browser.screenshot(browser, "back-after-logout");
    }

    @Test
    void logoutEndsTheSessionAndTheHomePageAsksForLoginAgainInThePersonsLanguage() {
        logIn("la.lumiere", "demo");
        // Her own language (the browser asks for English): choosing it leaves her preference as it was.
        browser.get(url("app/home.xhtml?lang=fr"));
        waitFor(By.id("enterprise-name"));
        browser.findElement(By.id("logoutForm:logout")).click();
        waitFor(By.id("logged-out"));
        assertEquals(
                "fr",
                browser.findElement(By.tagName("html")).getAttribute("lang"),
                "the logged-out page in the language the person was using");
        Browser.screenshot(browser, "logged-out-fr");
        browser.get(url("app/home.xhtml"));
        waitFor(By.id("login:username"));
        assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void healthEndpointReportsTheDatabaseUp() throws Exception {
        // The e-Box's own endpoint, under its context root (the root in every run but this test's deployment).
        URI health = URI.create(url("health/ready"));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"name\":\"database\",\"status\":\"UP\""), response.body());
    }

    private void logIn(String login, String password) {
        browser.get(url("login.xhtml"));
        logInHere(login, password);
        waitFor(By.id("enterprise-name"));
    }

    /** Both login steps; a person with several enterprises then picks the first offered. */
    private void logInHere(String login, String password) {
        Logins.password(browser, login, password);
        Logins.appCode(browser, login);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("enterprise-name")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("choose-heading"))));
        if (!browser.findElements(By.id("choose-heading")).isEmpty()) {
            browser.findElements(By.cssSelector(".enterprise-button")).get(0).click();
        }
    }
}
