package org.ebox.web.it;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.platform.demo.DemoData;
import org.openqa.selenium.By;
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

    private Logins() {
    }

    /** Types the username and password on the login page that is open. */
    public static void password(WebDriver browser, String login, String password) {
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** On the code page: the app's code for a time step this login has not used yet (waiting for one if need be). */
    public static void appCode(WebDriver browser, String login) {
        WebElement field = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("code:value")));
        field.sendKeys(nextAppCode(login));
        browser.findElement(By.id("code:submit")).click();
        // Another test class on the same database may have used this step's code a moment ago: take the next one.
        wait(browser).until(ExpectedConditions.or(
                ExpectedConditions.not(ExpectedConditions.urlContains("/login-code.xhtml")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .message-error"))));
        if (browser.getCurrentUrl().contains("/login-code.xhtml")) {
            WebElement again = browser.findElement(By.id("code:value"));
            again.clear();
            again.sendKeys(nextAppCode(login));
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

    static synchronized String nextAppCode(String login) {
        long step = Instant.now().getEpochSecond() / 30;
        long wanted = Math.max(step, LAST_STEP.getOrDefault(login, Long.MIN_VALUE) + 1);
        if (wanted > step + 1) {
            // Both usable steps are spent: wait for the clock to reach the next one.
            sleep(Duration.ofSeconds((wanted - 1) * 30 - Instant.now().getEpochSecond() + 1));
            return nextAppCode(login);
        }
        LAST_STEP.put(login, wanted);
        return AuthenticatorCodes.codeAt(DemoData.DEMO_AUTHENTICATOR_SECRET, Instant.ofEpochSecond(wanted * 30));
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
