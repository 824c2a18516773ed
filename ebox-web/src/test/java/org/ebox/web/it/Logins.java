package org.ebox.web.it;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logs a demo person in through the two real steps: username and password, then the code of the person's
 * authenticator app (computed from the demo secret, as an app would) or the code read from the mail GreenMail got.
 */
public final class Logins {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    /** An app code serves once: the time step each login last used, so the next login takes a later one. */
    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private Logins() {}

    /** Types the username and password on the login page that is open. */
    public static void password(WebDriver browser, String login, String password) {
        WebElement username;
        try {
            username = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        } catch (TimeoutException e) {
            // Say which page came instead: a failure in CI is otherwise a bare "no such element".
            throw new AssertionError(
                    "No login form at " + browser.getCurrentUrl() + ", the page says: "
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
        username.sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** On the code page: the app's code for a time step this login has not used yet (waiting for one if need be). */
    public static void appCode(WebDriver browser, String login) {
        appCode(browser, login, DemoData.DEMO_AUTHENTICATOR_SECRET);
    }

    /** On the code page: the code of the app with this secret, for a time step this login has not used yet. */
    public static void appCode(WebDriver browser, String login, String secret) {
        WebElement field = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("code:value")));
        field.sendKeys(nextAppCode(browser, login, secret));
        browser.findElement(By.id("code:submit")).click();
        // Another test class on the same database may have used this step's code a moment ago: take the next one.
        wait(browser)
                .until(ExpectedConditions.or(
                        ExpectedConditions.not(ExpectedConditions.urlContains("/login-code.xhtml")),
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .message-error"))));
        if (browser.getCurrentUrl().contains("/login-code.xhtml")) {
            WebElement again = browser.findElement(By.id("code:value"));
            again.clear();
            again.sendKeys(nextAppCode(browser, login, secret));
            browser.findElement(By.id("code:submit")).click();
        }
    }

    /** On the code page: the code from the newest login mail to this address. */
    public static void emailCode(WebDriver browser, MailCatcher mail, String address) {
        WebElement field = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("code:value")));
        field.sendKeys(codeIn(MailCatcher.body(mail.awaitMailTo(address, m -> true))));
        browser.findElement(By.id("code:submit")).click();
    }

    public static String codeIn(String mailBody) {
        Matcher matcher = CODE.matcher(mailBody);
        if (!matcher.find()) {
            throw new AssertionError("No code in the mail: " + mailBody);
        }
        return matcher.group(1);
    }

    /**
     * The app's code for a time step this login has not used yet, by the service's clock: where the tests can move it
     * (their deployments on Payara Micro), on to the next step when both usable ones are spent; elsewhere (full
     * Payara Server) by waiting for it.
     */
    static synchronized String nextAppCode(WebDriver browser, String login, String secret) {
        String base = baseOf(browser.getCurrentUrl());
        Long serviceNow = ServiceClock.now(base);
        long step = (serviceNow == null ? Instant.now().getEpochSecond() : serviceNow) / 30;
        long lastUsed = LAST_STEP.getOrDefault(login, Long.MIN_VALUE);
        if (serviceNow != null) {
            // Logins from inside the service (WebClient) use steps this class never saw.
            lastUsed = Math.max(lastUsed, ServiceClock.lastStepOf(base, login));
        }
        long wanted = Math.max(step, lastUsed + 1);
        if (wanted > step + 1) {
            if (serviceNow != null) {
                ServiceClock.moveOn(base, (wanted - step) * 30);
            } else {
                sleep(Duration.ofSeconds((wanted - 1) * 30 - Instant.now().getEpochSecond() + 1));
            }
            return nextAppCode(browser, login, secret);
        }
        LAST_STEP.put(login, wanted);
        return AuthenticatorCodes.codeAt(secret, Instant.ofEpochSecond(wanted * 30));
    }

    /** The application's root, from the address of one of its pages (the code page, or the page of a test). */
    private static String baseOf(String address) {
        java.net.URI uri = java.net.URI.create(address);
        String path = uri.getPath();
        int cut = path.lastIndexOf('/');
        String root = path.contains("/app/") ? path.substring(0, path.indexOf("/app/")) : path.substring(0, cut);
        return uri.getScheme() + "://" + uri.getAuthority() + root;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }
}
