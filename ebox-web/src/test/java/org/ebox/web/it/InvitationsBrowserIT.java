package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * People designated before they have a sign-in, in a real browser and with a real SMTP server: an operator designates
 * a new enterprise's Chief Access Manager by email address; the invitation mail, in the person's language, carries a
 * one-time link and no password; its page refuses a short password and a wrong app code in that language, sets up
 * the password and the authenticator app, and the link never works again. The Chief Access Manager then signs in
 * and invites a user the same way, whose earlier link a newer invitation replaces.
 */
class InvitationsBrowserIT extends BrowserSession {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/invitation\\.xhtml\\?(token=[A-Za-z0-9_-]{43}&lang=[a-z]{2})");
    private static final String PASSWORD = "a long sentence nobody guesses";

    private static MailCatcher mail;

    @BeforeAll
    static void catchMail() {
        mail = MailCatcher.start();
    }

    @AfterAll
    static void stopCatchingMail() {
        if (mail != null) {
            mail.close();
        }
    }

    @Override
    protected String screenshotPrefix() {
        return "invitation-";
    }

    @Test
    void designatedPeopleSetUpTheirSignInOnceThroughTheLinkOfTheirInvitation() throws Exception {
        long run = System.currentTimeMillis() % 100_000_000L;
        EnterpriseNumber number = EnterpriseNumber.withCheckDigits(String.format("0%07d", run % 10_000_000L));
        register(number, "Invited " + run + " SRL");
        String camAddress = "Cam." + run + "@Invited.example";
        String camLogin = camAddress.toLowerCase(java.util.Locale.ROOT);

        logInInEnglish("ops.demo");
        browser.get(url("app/operations/register.xhtml?lang=en"));
        designateChiefAccessManager(number.formatted(), camAddress, "", "");
        assertTrue(error().contains("This address is new to the e-Box"), error());
        designateChiefAccessManager(number.formatted(), camAddress, "Camille", "Invitée");
        assertEquals(
                "Camille Invitée (" + camLogin + ") is now the Chief Access Manager of " + number.formatted()
                        + ". An invitation to set up their sign-in was mailed to them.",
                info());
        Accessibility.assertClean(browser, "register page after a designation");
        browser.executeScript("document.getElementById('cam-title').scrollIntoView()");
        shoot("register-cam-form");
        assertTrue(
                browser.findElement(By.id("change-table")).getText().contains(camLogin),
                "the designation is a change record on the operators' page");
        logOut();

        MimeMessage invitation = mail.awaitMailTo(camAddress, m -> true);
        assertEquals(
                "e-Box Enterprise : une invitation à agir pour Invited " + run + " SRL",
                MailCatcher.subject(invitation));
        String body = MailCatcher.body(invitation);
        assertTrue(body.contains("gestionnaire d’accès principal"), body);
        assertFalse(body.toLowerCase(java.util.Locale.ROOT).contains(PASSWORD), "no password travels by mail");
        String link = linkIn(body);

        browser.get(url("invitation.xhtml?" + link));
        assertEquals("Créez votre connexion", waitFor(By.tagName("h1")).getText());
        assertTrue(
                text("invitation-intro").contains("Gestionnaire d'accès principal de Invited " + run),
                text("invitation-intro"));
        assertEquals("Votre nom d’utilisateur : " + camLogin, text("invitation-login"));
        Accessibility.assertClean(browser, "invitation page in French");
        shoot("open-fr");
        Widths.use(browser, Widths.PHONE);
        try {
            Widths.assertNoSidewaysScrolling(browser, "invitation page");
            shoot("open-fr-phone");
        } finally {
            Widths.reset(browser);
        }
        for (String language : java.util.List.of("en", "nl", "de")) {
            browser.get(url("invitation.xhtml?" + link.replace("lang=fr", "lang=" + language)));
            waitFor(By.id("invitation-intro"));
            shoot("open-" + language);
        }
        browser.get(url("invitation.xhtml?" + link));
        assertTrue(
                text("invitation-expiry").matches(".*\\d{4}.*"), "the expiry is a date: " + text("invitation-expiry"));
        String secret = text("secret").replace(" ", "");

        accept("short", "short", "000000");
        assertEquals("Le mot de passe doit compter au moins 12 caractères.", error());
        accept(PASSWORD, PASSWORD, wrongCode(secret));
        assertTrue(error().startsWith("Ce n’est pas le code que votre application affiche"), error());
        shoot("wrong-code-fr");
        accept(PASSWORD, PASSWORD, Logins.nextAppCode(browser, camLogin, secret));
        waitFor(By.id("login:username"));
        assertTrue(info().contains(camLogin), info());

        browser.get(url("invitation.xhtml?" + link));
        assertTrue(
                text("invitation-refused").startsWith("Ce lien d’invitation a déjà été utilisé"),
                text("invitation-refused"));
        assertTrue(browser.findElements(By.id("invitation:password")).isEmpty(), "a used link sets nothing up");
        Accessibility.assertClean(browser, "a used invitation link");
        shoot("used-fr");
        browser.get(url("invitation.xhtml?token=" + "x".repeat(43) + "&lang=en"));
        assertTrue(text("invitation-refused").startsWith("This invitation link is not valid"));

        // The Chief Access Manager signs in with what the invitation set up, and invites a user.
        browser.get(url("login.xhtml?lang=en"));
        Logins.password(browser, camLogin, PASSWORD);
        Logins.appCode(browser, camLogin, secret);
        waitFor(By.id("accessInfo:confirm")).click();
        pastTheOfferToGoFullyDigital();
        browser.get(url("app/access/users.xhtml?lang=en"));
        String userAddress = "user." + run + "@invited.example";
        designateUser(userAddress, "Ugo", "Usager", "nl");
        assertEquals(
                "The access of " + userAddress + " was added. An invitation to set up their sign-in was mailed to"
                        + " them.",
                info());
        Accessibility.assertClean(browser, "access management after an invitation");
        shoot("user-invited");
        String firstLink = linkIn(MailCatcher.body(mail.awaitMailTo(userAddress, m -> true)));
        assertTrue(firstLink.endsWith("&lang=nl"), "the user's invitation is in the language chosen for them");
        logOut();

        // Designated again (for the same enterprise, as a Local Administrator now): the newer link replaces the older.
        logInAs(camLogin, secret);
        browser.get(url("app/access/users.xhtml?lang=en"));
        designateUserAs(userAddress, "LOCAL_ADMINISTRATOR");
        waitFor(By.cssSelector("#messages .message-info"));
        String secondLink = linkIn(MailCatcher.body(
                mail.awaitMailTo(userAddress, m -> !linkIn(MailCatcher.body(m)).equals(firstLink))));
        logOut();
        browser.get(url("invitation.xhtml?" + firstLink));
        assertTrue(text("invitation-refused").startsWith("Deze uitnodigingslink werd al gebruikt"));
        browser.get(url("invitation.xhtml?" + secondLink));
        assertEquals("Stel uw aanmelding in", waitFor(By.tagName("h1")).getText());
        String userSecret = text("secret").replace(" ", "");
        accept(PASSWORD, PASSWORD, Logins.nextAppCode(browser, userAddress, userSecret));
        waitFor(By.id("login:username"));
        Logins.password(browser, userAddress, PASSWORD);
        Logins.appCode(browser, userAddress, userSecret);
        assertTrue(waitFor(By.id("accessInfo:confirm")).isDisplayed(), "the user is signed in");
    }

    private void register(EnterpriseNumber number, String name) throws Exception {
        // The first request of the class: Payara Micro may still be starting the application a moment after the
        // deployment was reported, so wait until the e-Box says it is ready.
        HttpClient http = HttpClient.newHttpClient();
        Wait.until(
                () -> statusOf(http, url("health/ready")) == 200, java.time.Duration.ofSeconds(30), "the e-Box ready");
        String root = url("/");
        String origin = URI.create(root).resolve("/").toString().replaceAll("/$", "");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url("test-only/register")))
                        .header("Origin", origin)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("number=" + number.value() + "&name="
                                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, answer.statusCode(), answer.body());
    }

    private static int statusOf(HttpClient http, String address) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void designateChiefAccessManager(String number, String person, String givenName, String familyName) {
        type("cam:number", number);
        type("cam:person", person);
        type("cam:givenName", givenName);
        type("cam:familyName", familyName);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cam:language"))).selectByValue("fr");
        browser.findElement(By.id("cam:designate")).click();
    }

    private void designateUser(String person, String givenName, String familyName, String language) {
        type("designate:login", person);
        type("designate:givenName", givenName);
        type("designate:familyName", familyName);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("designate:language")))
                .selectByValue(language);
        browser.findElement(By.id("designate:grant")).click();
    }

    private void designateUserAs(String person, String role) {
        type("designate:login", person);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("designate:role"))).selectByValue(role);
        browser.findElement(By.id("designate:grant")).click();
    }

    private void accept(String password, String repeated, String code) {
        type("invitation:password", password);
        type("invitation:repeated", repeated);
        type("invitation:code", code);
        browser.findElement(By.id("invitation:accept")).click();
    }

    private void logInAs(String login, String secret) {
        browser.get(url("login.xhtml?lang=en"));
        Logins.password(browser, login, PASSWORD);
        Logins.appCode(browser, login, secret);
        pastTheOfferToGoFullyDigital();
    }

    /** The offer to go fully digital, where the enterprise's domain and the person's role make it, is passed. */
    private void pastTheOfferToGoFullyDigital() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("fullyDigital:pass"))
                                .isEmpty()
                        || !driver.findElements(By.id("enterprise-name")).isEmpty());
        if (!browser.findElements(By.id("fullyDigital:pass")).isEmpty()) {
            browser.findElement(By.id("fullyDigital:pass")).click();
        }
        waitFor(By.id("enterprise-name"));
    }

    private void logOut() {
        waitFor(By.id("logoutForm:logout")).click();
        waitFor(By.id("login:username"));
        browser.manage().deleteAllCookies();
    }

    private void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A code the app does not show now: the right one with its last digit changed. */
    private String wrongCode(String secret) {
        String right = org.ebox.access.control.AuthenticatorCodes.codeAt(secret, serviceTime());
        char last = right.charAt(5);
        return right.substring(0, 5) + (last == '9' ? '0' : (char) (last + 1));
    }

    private static String linkIn(String body) {
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No invitation link in the mail: " + body);
        }
        return matcher.group(1);
    }

    private String info() {
        return waitFor(By.cssSelector("#messages .message-info")).getText();
    }

    private String error() {
        return waitFor(By.cssSelector("#messages .message-error, #messages .ui-messages-error"))
                .getText();
    }
}
