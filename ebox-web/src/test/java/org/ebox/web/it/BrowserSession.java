package org.ebox.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test shares: the very WAR the build made, deployed to Payara Micro; one headless Chromium per
 * test class; a new session (no cookies) before each test; and the small helpers to reach, read and shoot pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserSession {

    protected static ChromeDriver browser;

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.eboxWar();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @BeforeEach
    void newSession() {
        browser.get(base.toString());
        browser.manage().deleteAllCookies();
    }

    /** The base and the path joined by exactly one "/" (Arquillian has once handed over a base without its own). */
    protected String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root)
                + (path.startsWith("/") ? path : "/" + path);
    }

    /** The service's time (its clock runs ahead of the wall clock once logins have moved it on). */
    protected java.time.Instant serviceTime() {
        String root = url("/");
        return java.time.Instant.ofEpochSecond(ServiceClock.now(root.substring(0, root.length() - 1)));
    }

    protected String text(String id) {
        return Browser.text(browser, id);
    }

    protected WebElement waitFor(By locator) {
        return Browser.waitFor(browser, locator);
    }

    /** Logs a person of the demo world in, with its password and app code, on the English login page. */
    protected void logInInEnglish(String login) {
        browser.get(url("login.xhtml?lang=en"));
        Logins.password(browser, login, "demo");
        Logins.appCode(browser, login);
        waitFor(By.tagName("h1"));
    }

    /** Saves a screenshot under target/screenshots, named after the test class's subject. */
    protected void shoot(String name) {
        Browser.screenshot(browser, screenshotPrefix() + name);
    }

    protected String screenshotPrefix() {
        return "";
    }
}
