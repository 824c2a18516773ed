package org.ebox.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: no browser or driver is downloaded, and Chromium makes
 * no network look-ups of its own (this machine has no internet).
 */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves what the page looks like now, under target/screenshots, to be looked at. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path folder = Path.of(System.getProperty("ebox.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four languages every page is shown and looked at in. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "fr", "nl", "de");

    public static org.openqa.selenium.WebElement waitFor(ChromeDriver driver, org.openqa.selenium.By locator) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public static String text(ChromeDriver driver, String id) {
        return driver.findElement(org.openqa.selenium.By.id(id)).getText().trim();
    }

    /** The HTTP status of the page the browser shows, asked again with the browser's own cookie. */
    public static int status(ChromeDriver driver) {
        Object status = driver.executeScript(
                "var r = new XMLHttpRequest(); r.open('GET', window.location.href, false); r.send(); return r.status;");
        return ((Number) status).intValue();
    }
}
