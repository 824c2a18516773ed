package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The guide's path in a real browser, from the first login on: the code by email, the access-information screen
 * (deny, then confirm), 'go fully digital' (pass, then accept), the home page and its alert box, e-Box Management,
 * access management, the contact form, and the 404 of every page a role may not see. Mails go to GreenMail.
 * Screenshots of each screen in each language go to target/screenshots; axe-core checks each screen.
 */
class AccessWalkBrowserIT extends BrowserSession {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;
    private static final Map<String, String> ACCESS_INFO_TITLE = Map.of(
            "en",
            "Access to your information",
            "fr",
            "Accès à vos informations",
            "nl",
            "Toegang tot uw gegevens",
            "de",
            "Zugriff auf Ihre Daten");

    private static MailCatcher mail;

    @BeforeAll
    static void startMail() {
        mail = MailCatcher.start();
    }

    @AfterAll
    static void stopMail() {
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    void firstLoginWalksCodeByEmailAccessInformationAndGoFullyDigitalInTheGuidesOrder() {
        // Jan Peeters has no authenticator app: his code comes by email, in his language (Dutch).
        browser.get(url("login.xhtml?lang=nl"));
        Logins.password(browser, "la.peeters", "demo");
        waitFor(By.id("code-instructions"));
        assertTrue(text("code-instructions").contains("l***@people.example"), text("code-instructions"));
        shoot("login-code-email-nl");
        Accessibility.assertClean(browser, "code page");
        MimeMessage codeMail = mail.awaitMailTo("la.peeters@people.example", m -> true);
        assertEquals("Uw aanmeldcode voor e-Box Enterprise", MailCatcher.subject(codeMail));
        Logins.emailCode(browser, mail, "la.peeters@people.example");

        // 1. The access-information screen, before anything else; each data set opens with '+'.
        waitFor(By.id("access-info-heading"));
        assertTrue(browser.getCurrentUrl().contains("/app/welcome/access-information.xhtml"));
        for (String language : LANGUAGES) {
            browser.get(url("app/welcome/access-information.xhtml?lang=" + language));
            assertEquals(
                    ACCESS_INFO_TITLE.get(language),
                    waitFor(By.id("access-info-heading")).getText());
            shoot("access-information-" + language);
            atAPhonesWidth("access-information-" + language);
        }
        assertEquals(
                6, browser.findElements(By.cssSelector("#data-sets details")).size());
        assertTrue(browser.findElement(By.id("logout")).isDisplayed(), "the person can log out from here too");
        WebElement profile = browser.findElement(By.id("data-set-profile"));
        assertFalse(profile.findElement(By.tagName("p")).isDisplayed(), "closed until opened");
        profile.findElement(By.tagName("summary")).click();
        assertTrue(profile.findElement(By.tagName("p")).isDisplayed());
        shoot("access-information-opened");
        Accessibility.assertClean(browser, "access-information screen");
        browser.get(url("app/home.xhtml"));
        waitFor(By.id("access-info-heading"));

        // Deny: out, with the reason; the next login asks again.
        browser.findElement(By.id("accessInfo:deny")).click();
        waitFor(By.id("denied-explained"));
        assertEquals(
                "de",
                browser.findElement(By.tagName("html")).getAttribute("lang"),
                "the denial is explained in the language the person was using, though the session has ended");
        shoot("access-denied-de");
        Accessibility.assertClean(browser, "access denied page");
        browser.get(url("app/home.xhtml"));
        waitFor(By.id("login:username"));

        browser.get(url("login.xhtml?lang=en"));
        Logins.password(browser, "la.peeters", "demo");
        waitFor(By.id("code-instructions"));
        browser.findElement(By.id("other:email")).click();
        // The click reloads the page: the instructions read a moment before may be gone when asked for their text.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver ->
                        text("code-instructions").startsWith("A new 6-digit code was sent to l***@people.example"));
        assertTrue(
                browser.findElements(By.cssSelector("#messages .message-info")).isEmpty(),
                "the new code is announced once, by the instructions");
        shoot("login-code-email-again-en");
        Logins.emailCode(browser, mail, "la.peeters@people.example");
        waitFor(By.id("access-info-heading"));
        browser.findElement(By.id("accessInfo:confirm")).click();

        // 2. 'Go fully digital': his enterprise has not consented, and he is its administrator.
        waitFor(By.id("fully-digital-heading"));
        for (String language : LANGUAGES) {
            browser.get(url("app/welcome/fully-digital.xhtml?lang=" + language));
            waitFor(By.id("irreversible"));
            shoot("fully-digital-" + language);
            atAPhonesWidth("fully-digital-" + language);
        }
        Accessibility.assertClean(browser, "go fully digital screen");
        browser.findElement(By.id("fullyDigital:confirm")).click();
        assertTrue(
                waitFor(By.cssSelector("#messages .message-error")).getText().contains("Kästchen"),
                "confirming without the box is refused, in German");
        browser.findElement(By.id("fullyDigital:pass")).click();
        waitFor(By.id("enterprise-name"));
        assertEquals("Jan Peeters Consulting", text("enterprise-name"));
        assertEquals(
                "la.peeters@people.example",
                text("enterprise-email"),
                "an enterprise without an address of its own is notified at its Chief Access Manager's: the top bar"
                        + " says so");

        // Next login: the access information is not asked again, the offer is.
        logOut();
        browser.get(url("login.xhtml?lang=en"));
        Logins.password(browser, "la.peeters", "demo");
        Logins.emailCode(browser, mail, "la.peeters@people.example");
        waitFor(By.id("fully-digital-heading"));
        browser.findElement(By.id("fullyDigital:consent")).click();
        browser.findElement(By.id("fullyDigital:confirm")).click();
        waitFor(By.id("enterprise-name"));

        browser.get(url("app/management.xhtml"));
        assertTrue(waitFor(By.id("fully-digital-given")).getText().contains("Jan Peeters"));
        assertTrue(browser.findElements(By.id("digital:accept")).isEmpty(), "nothing left to withdraw or give");
        assertEquals(
                "la.peeters@people.example",
                text("notification-email"),
                "no address of its own: the Chief Access Manager's");
        shoot("management-after-consent");
        browser.get(url("app/management.xhtml?edit=email"));
        assertEquals(
                "la.peeters@people.example",
                waitFor(By.id("email:address")).getAttribute("value"),
                "editing starts from the address notifications go to: his, the enterprise having none of its own");
        browser.get(url("app/welcome/fully-digital.xhtml"));
        assertEquals(404, statusOfCurrentPage(), "the offer is gone once accepted");
        browser.get(url("app/security.xhtml?lang=en"));
        assertTrue(
                waitFor(By.id("app-status")).getText().contains("by email"),
                "a person without an app is told the codes come by email");
    }

    @Test
    void administratorChangesTheNotificationAddressWithThePencil() {
        logIn("cola.zinneke");
        browser.get(url("app/management.xhtml?lang=fr"));
        assertEquals(
                "info@zinneke.example", waitFor(By.id("notification-email")).getText());
        shoot("management-fr");
        Accessibility.assertClean(browser, "e-Box Management");
        browser.findElement(By.id("edit-email")).click();
        WebElement field = waitFor(By.id("email:address"));
        shoot("management-editing-fr");
        field.clear();
        field.sendKeys("not an address");
        browser.findElement(By.id("email:confirm")).click();
        assertTrue(
                waitFor(By.cssSelector("#messages .message-error")).getText().contains("adresse"), "refused in French");
        Accessibility.assertClean(browser, "e-Box Management with an error");
        browser.get(url("app/management.xhtml?edit=email"));
        field = waitFor(By.id("email:address"));
        field.clear();
        field.sendKeys("ebox@zinneke.example");
        browser.findElement(By.id("email:confirm")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        assertEquals("ebox@zinneke.example", text("notification-email"));
        assertEquals("ebox@zinneke.example", text("enterprise-email"), "the top bar shows the new address");
        for (String language : LANGUAGES) {
            browser.get(url("app/management.xhtml?lang=" + language));
            waitFor(By.id("notification-email"));
            shoot("management-" + language);
        }
    }

    @Test
    void userWithTheBoxSeesManagementButChangesNothingAndSeesNoAccessManagement() {
        logIn("user.zinneke");
        browser.get(url("app/management.xhtml"));
        waitFor(By.id("notification-email"));
        assertTrue(browser.findElements(By.id("edit-email")).isEmpty(), "no pencil for a user");
        browser.get(url("app/management.xhtml?edit=email"));
        waitFor(By.id("notification-email"));
        assertTrue(browser.findElements(By.id("email:address")).isEmpty(), "no field by URL either");
        browser.get(url("app/access/users.xhtml"));
        assertEquals(404, statusOfCurrentPage());
        assertTrue(browser.findElements(By.id("menu-access")).isEmpty());
    }

    @Test
    void userWithoutTheBoxIsToldWhomToAskAndGetsNotFoundForEboxPages() {
        logIn("nobox.zinneke");
        WebElement administrators = waitFor(By.id("administrators"));
        assertTrue(administrators.getText().contains("Luc Vermeulen"), administrators.getText());
        assertTrue(administrators.getText().contains("Marie Claes"), administrators.getText());
        shoot("home-without-ebox-en");
        Accessibility.assertClean(browser, "home without the e-Box");
        for (String page : List.of(
                "app/management.xhtml",
                "app/access/users.xhtml",
                "app/welcome/fully-digital.xhtml",
                "app/welcome/enterprise.xhtml")) {
            browser.get(url(page));
            assertEquals(404, statusOfCurrentPage(), page);
        }
    }

    @Test
    void localAdministratorDesignatesAUserTicksTheBoxAndTheChangeIsRecorded() {
        logIn("la.lumiere");
        browser.get(url("app/access/users.xhtml?lang=en"));
        waitFor(By.id("access-table"));
        shoot("access-management-en");
        Accessibility.assertClean(browser, "access management");
        assertEquals(
                List.of("User"),
                new Select(browser.findElement(By.id("designate:role")))
                        .getOptions().stream().map(WebElement::getText).toList(),
                "an administrator designates users only");

        browser.findElement(By.id("designate:login")).sendKeys("no.such.person");
        browser.findElement(By.id("designate:grant")).click();
        assertTrue(waitFor(By.cssSelector("#messages .message-error")).getText().contains("No person"));

        WebElement login = waitFor(By.id("designate:login"));
        assertEquals("no.such.person", login.getAttribute("value"), "what was typed stays, to be corrected");
        login.clear();
        login.sendKeys("new.colleague");
        browser.findElement(By.id("designate:grant")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        WebElement row = waitFor(By.id("access-new.colleague-USER"));
        assertTrue(row.getText().contains("Nora Janssens") && row.getText().contains("No"), row.getText());
        row.findElement(By.cssSelector("button[id$='box']")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        assertTrue(waitFor(By.id("access-new.colleague-USER")).getText().contains("Yes"));
        assertTrue(text("change-table").contains("la.lumiere"), text("change-table"));
        shoot("access-management-after-changes");
        for (String language : LANGUAGES) {
            browser.get(url("app/access/users.xhtml?lang=" + language));
            waitFor(By.id("access-table"));
            shoot("access-management-" + language);
        }
        browser.get(url("app/access/users.xhtml?lang=en"));
        waitFor(By.id("access-new.colleague-USER"))
                .findElement(By.cssSelector("button[id$='withdraw']"))
                .click();
        waitFor(By.cssSelector("#messages .message-info"));
        assertTrue(browser.findElements(By.id("access-new.colleague-USER")).isEmpty());
    }

    @Test
    void contactFormStoresTheMessageAndMailsItToTheSupportAddress() {
        logIn("la.lumiere");
        browser.get(url("app/contact.xhtml?lang=fr"));
        waitFor(By.id("contact:text"));
        shoot("contact-fr");
        Accessibility.assertClean(browser, "contact form");
        browser.findElement(By.id("contact:send")).click();
        assertTrue(
                waitFor(By.cssSelector("#messages .message-error")).getText().contains("message"),
                "an empty message is refused");
        new Select(browser.findElement(By.id("contact:topic"))).selectByIndex(2);
        browser.findElement(By.id("contact:text")).sendKeys("Le document <b>DmfA</b> reçu à 9h est illisible.");
        browser.findElement(By.id("contact:send")).click();
        String confirmation = waitFor(By.cssSelector("#messages .message-info")).getText();
        String reference = confirmation.replaceAll("(?s).*: ([0-9A-F]{8}).*", "$1");
        assertEquals(8, reference.length(), confirmation);
        MimeMessage sent = mail.awaitMailTo(
                "support@ebox.test", m -> MailCatcher.subject(m).contains(reference));
        String body = MailCatcher.body(sent);
        assertTrue(
                body.contains("Le document <b>DmfA</b> reçu à 9h est illisible.") && body.contains("la.lumiere"),
                "the text arrives as typed, accents and all: " + body);
        assertTrue(MailCatcher.subject(sent).contains("A technical problem"), MailCatcher.subject(sent));
        assertTrue(body.contains("Topic: A technical problem"), "the topic as the person picked it: " + body);
        assertFalse(body.contains("TECHNICAL"), "no internal name: " + body);
        for (String language : LANGUAGES) {
            browser.get(url("app/contact.xhtml?lang=" + language));
            waitFor(By.id("contact:text"));
            shoot("contact-" + language);
        }
    }

    @Test
    void alertBoxListsWhatNeedsAttentionAndEachLineLeadsToThoseMessages() {
        logIn("user.zinneke");
        browser.findElement(By.cssSelector("#alerts summary")).click();
        WebElement unread = waitFor(By.id("alert-unread"));
        assertTrue(waitFor(By.id("alert-expiring")).isDisplayed(), "the demo box has messages expiring this week");
        shoot("alerts-open-de");
        unread.click();
        waitFor(By.id("message-table"));
        assertTrue(browser.getCurrentUrl().contains("unread=true"), browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("#message-table tbody tr"));
        assertFalse(rows.isEmpty());
        rows.forEach(row -> assertTrue(row.getAttribute("class").contains("unread"), "only unread messages"));
        shoot("alert-unread-list");
        Accessibility.assertClean(browser, "the unread messages an alert leads to");
    }

    @Test
    void eachAlertLineOpensAListOfExactlyItsCountAndAMaskedMessageLeavesThem() {
        logIn("user.zinneke");
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String line : List.of("alert-unread", "alert-registered", "alert-expiring")) {
            long count = alertCount(line);
            counts.put(line, count);
            browser.findElement(By.id(line)).click();
            waitFor(By.id("total"));
            assertEquals(
                    count,
                    Long.parseLong(text("total").replaceAll("\\D", "")),
                    line + " says " + count + ", its list: " + browser.getCurrentUrl());
        }
        shoot("alert-expiring-list");

        // Masked messages are treated: one of the expiring messages masked leaves the alert and its list.
        WebElement first =
                browser.findElements(By.cssSelector("#message-table tbody tr")).get(0);
        String id = first.getAttribute("id").substring(4);
        browser.findElement(By.id("select-" + id)).click();
        browser.findElement(By.id("box:mask")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        assertEquals(counts.get("alert-expiring") - 1, alertCount("alert-expiring"));
        browser.get(url("app/messages/list.xhtml?folder=masked&size=100"));
        browser.findElement(By.id("select-" + id)).click();
        browser.findElement(By.id("box:show")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        assertEquals(counts.get("alert-expiring"), alertCount("alert-expiring"), "visible again: counted again");
    }

    /** The count an alert line of the home page says (its first number). */
    private long alertCount(String line) {
        browser.get(url("app/home.xhtml?lang=en"));
        browser.findElement(By.cssSelector("#alerts summary")).click();
        String said = waitFor(By.id(line)).getText();
        return Long.parseLong(said.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    @Test
    void personSetsUpANewAuthenticatorAppWithTheQrCodeAndLogsInWithIt() {
        logIn("new.colleague");
        assertTrue(waitFor(By.id("no-enterprise")).isDisplayed(), "no role yet: told whom to ask");
        browser.get(url("app/security.xhtml?lang=nl"));
        waitFor(By.id("security:start")).click();
        WebElement qr = waitFor(By.cssSelector("#qr-code svg"));
        assertEquals("img", qr.getAttribute("role"));
        String secret = text("secret").replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        shoot("security-enrol-nl");
        Accessibility.assertClean(browser, "authenticator app set-up");
        browser.findElement(By.id("security:code")).sendKeys("000000");
        browser.findElement(By.id("security:confirm")).click();
        waitFor(By.cssSelector("#messages .message-error"));
        assertEquals(secret, text("secret").replace(" ", ""), "a wrong code keeps the same secret on screen");
        WebElement code = browser.findElement(By.id("security:code"));
        code.clear();
        code.sendKeys(org.ebox.access.control.AuthenticatorCodes.codeAt(secret, serviceTime()));
        browser.findElement(By.id("security:confirm")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        logOut();

        browser.get(url("login.xhtml"));
        Logins.password(browser, "new.colleague", "demo");
        waitFor(By.id("code:value"))
                .sendKeys(org.ebox.access.control.AuthenticatorCodes.codeAt(
                        secret, serviceTime().plusSeconds(30)));
        browser.findElement(By.id("code:submit")).click();
        waitFor(By.id("person-name"));
        assertTrue(text("person-name").contains("Nora Janssens"));
        for (String language : LANGUAGES) {
            browser.get(url("app/security.xhtml?lang=" + language));
            waitFor(By.id("app-status"));
            shoot("security-" + language);
        }
    }

    @Test
    void languageChosenInTheSwitchIsRememberedForTheNextLogin() {
        logIn("user.lumiere");
        browser.findElement(By.id("lang-de")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
        logOut();
        browser.manage().deleteAllCookies();
        logIn("user.lumiere");
        assertEquals(
                "de",
                browser.findElement(By.tagName("html")).getAttribute("lang"),
                "Lucas prefers French in the demo, but chose German last time");
        browser.findElement(By.id("lang-fr")).click();
    }

    private void logIn(String login) {
        browser.get(url("login.xhtml"));
        Logins.password(browser, login, "demo");
        Logins.appCode(browser, login);
        waitFor(By.id("person-name"));
    }

    private void logOut() {
        waitFor(By.id("logoutForm:logout")).click();
        waitFor(By.id("logged-out"));
    }

    /** The screen shown again at a phone's width (the first login's screens come once): nothing scrolls sideways. */
    private void atAPhonesWidth(String name) {
        Widths.use(browser, Widths.PHONE);
        try {
            Widths.assertNoSidewaysScrolling(browser, name + " at a phone's width");
            shoot(name + "-phone");
        } finally {
            Widths.reset(browser);
        }
    }

    private int statusOfCurrentPage() {
        return Browser.status(browser);
    }

    @Override
    protected String screenshotPrefix() {
        return "access-walk-";
    }
}
