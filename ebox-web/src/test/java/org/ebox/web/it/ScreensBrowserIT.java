package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every screen of the guide at a laptop's width (1366 px) and a phone's (390 px), in the four languages, as a Local
 * Administrator of two enterprises and as the platform's operator: nothing scrolls sideways, the top bar keeps one
 * line at 1366 px (with the enterprise switch), the language switch keeps every page's parameters, each screen
 * passes axe-core at the phone's width too, and every
 * screen is photographed (target/screenshots/screens-WIDTH-LANGUAGE-SCREEN.png) to be looked at.
 */
class ScreensBrowserIT extends BrowserSession {

    /** The walk ends in the person's own language (Luc Vermeulen's is Dutch): ?lang= is remembered. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "nl");

    private record Screen(String name, String path, By shown) {}

    @AfterEach
    void fullWidthAgain() {
        Widths.reset(browser);
    }

    @Test
    void everyScreenFitsALaptopAndAPhoneInEveryLanguageWithoutScrollingSideways() throws Exception {
        List<Screen> publicScreens = List.of(new Screen("login", "login.xhtml", By.id("login:username")));
        walk(publicScreens, false);

        browser.get(url("login.xhtml?lang=nl"));
        Logins.password(browser, "la.zinneke", "demo");
        walk(List.of(new Screen("login-code", "login-code.xhtml", By.id("code:value"))), false);
        Logins.appCode(browser, "la.zinneke");
        walk(List.of(new Screen("choose-enterprise", "app/welcome/enterprise.xhtml", By.id("choose-heading"))), false);
        browser.findElements(By.cssSelector(".enterprise-button")).stream()
                .filter(button -> button.getText().startsWith("Brasserie Zinneke"))
                .findFirst()
                .orElseThrow()
                .click();
        waitFor(By.id("enterprise-name"));
        assertTrue(
                browser.findElement(By.cssSelector("label[for='enterpriseSwitch:enterprise']"))
                        .isDisplayed(),
                "the enterprise switch has a visible label");

        String replyable = firstRow(
                "folder=inbox&size=100",
                row -> !row.findElements(By.cssSelector(".pi-reply")).isEmpty()
                        && !row.getText().contains("R"));
        String registered = firstRow("folder=inbox&toPickUp=true", row -> true);
        String sent = sendReply(replyable);

        List<Screen> screens = List.of(
                new Screen("home", "app/home.xhtml", By.id("summary")),
                new Screen("inbox", "app/messages/list.xhtml?folder=inbox", By.id("message-table")),
                new Screen(
                        "search",
                        "app/messages/list.xhtml?folder=inbox&q=a&from=1/1/2020&to=31-12-2030&unread=true",
                        By.id("message-table")),
                new Screen("masked", "app/messages/list.xhtml?folder=masked", By.id("page-position")),
                new Screen("outbox", "app/messages/list.xhtml?folder=outbox", By.id("outbox-table")),
                new Screen("message", "app/messages/message.xhtml?id=" + replyable, By.id("technical")),
                new Screen("registered-mail", "app/messages/message.xhtml?id=" + registered, By.id("pickup")),
                new Screen("reply", "app/messages/reply.xhtml?id=" + replyable, By.id("reply:telephone")),
                new Screen("sent-reply", "app/messages/sent.xhtml?id=" + sent, By.id("sent-text")),
                new Screen("management", "app/management.xhtml", By.id("notification-email")),
                new Screen("management-editing", "app/management.xhtml?edit=email", By.id("email:address")),
                new Screen("access-management", "app/access/users.xhtml", By.id("access-table")),
                new Screen("contact", "app/contact.xhtml", By.id("contact:text")),
                new Screen("security", "app/security.xhtml", By.id("app-status")));
        walk(screens, true);
        walk(
                List.of(new Screen("not-found", "app/messages/message.xhtml?id=no-such-message", By.tagName("h1"))),
                false);

        browser.manage().deleteAllCookies();
        browser.get(url("login.xhtml"));
        Logins.password(browser, "ops.demo", "demo");
        Logins.appCode(browser, "ops.demo");
        waitFor(By.id("person-name"));
        walk(
                List.of(
                        new Screen("operator-home", "app/home.xhtml", By.id("operator")),
                        new Screen("nightly-runs", "app/operations/nightly-runs.xhtml", By.tagName("h1"))),
                true);
    }

    /** Each screen at both widths in every language; axe-core at the phone's width; the pictures taken. */
    private void walk(List<Screen> screens, boolean withTopBar) {
        for (Screen screen : screens) {
            for (int width : List.of(Widths.DESKTOP, Widths.PHONE)) {
                Widths.use(browser, width);
                for (String language : LANGUAGES) {
                    String page = screen.name() + " at " + width + " px in " + language;
                    boolean switching = withTopBar && screen.path().contains("?") && !language.equals(LANGUAGES.get(0));
                    if (switching) {
                        // A page with parameters goes from language to language by the switch, which keeps them.
                        browser.findElement(By.id("lang-" + language)).click();
                    } else {
                        browser.get(
                                url(screen.path() + (screen.path().contains("?") ? "&" : "?") + "lang=" + language));
                    }
                    waitFor(screen.shown());
                    assertEquals(
                            language, browser.findElement(By.tagName("html")).getAttribute("lang"), page);
                    if (switching) {
                        for (String parameter : screen.path()
                                .substring(screen.path().indexOf('?') + 1)
                                .split("&")) {
                            assertTrue(
                                    browser.getCurrentUrl().contains(parameter),
                                    parameter + " kept by the switch: " + browser.getCurrentUrl());
                        }
                    }
                    Widths.assertNoSidewaysScrolling(browser, page);
                    if (withTopBar && width == Widths.DESKTOP) {
                        Widths.assertTopBarOnOneLine(browser, page);
                    }
                    shootWholePage("screens-" + width + "-" + language + "-" + screen.name(), width);
                }
                if (width == Widths.PHONE) {
                    Accessibility.assertClean(browser, screen.name() + " at a phone's width");
                }
            }
        }
        Widths.reset(browser);
    }

    /** The first message of a list that meets the test: its id. */
    private String firstRow(String query, java.util.function.Predicate<WebElement> test) {
        browser.get(url("app/messages/list.xhtml?" + query));
        waitFor(By.id("page-position"));
        return browser.findElements(By.cssSelector("#message-table tbody tr")).stream()
                .filter(test)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no such message in " + query))
                .getAttribute("id")
                .substring(4);
    }

    /** Sends a reply with a PDF to the message, and answers the sent reply's id, read from the Outbox. */
    private String sendReply(String messageId) throws Exception {
        Path pdf = Files.createTempFile("answer", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        browser.get(url("app/messages/reply.xhtml?id=" + messageId));
        waitFor(By.id("reply:telephone")).sendKeys("+32 2 555 01 02");
        String text = "Screens " + System.nanoTime() + ": the corrected figures are attached.";
        browser.findElement(By.id("reply:text")).sendKeys(text);
        browser.findElement(By.id("reply:document"))
                .sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("reply:send")).click();
        waitFor(By.id("outbox-table"));
        return browser.findElements(By.cssSelector("#outbox-table tbody tr")).stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow()
                .getAttribute("id")
                .substring("reply-".length());
    }

    /** A phone's screen is photographed whole, as tall as the page, so that all of it can be looked at. */
    private void shootWholePage(String name, int width) {
        if (width == Widths.PHONE) {
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
            Widths.use(browser, width, Math.min(height, 4000));
            Browser.screenshot(browser, name);
            Widths.use(browser, width);
        } else {
            Browser.screenshot(browser, name);
        }
    }
}
