package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ebox.enterprise.control.KboFile;
import org.ebox.enterprise.control.KboTestExtract;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A platform operator loads the register of enterprises from KBO/BCE open data extracts in a real browser: a file that
 * is no extract and an update before any full extract are refused in the operator's language; a full extract is
 * imported by the batch job with its bad lines reported with the reason; the next update extract creates, changes
 * and closes enterprises. Persons of enterprises never see the page.
 */
class RegisterBrowserIT extends BrowserSession {

    private static final Map<String, String> TITLE = Map.of(
            "en", "Register of enterprises",
            "fr", "Registre des entreprises",
            "nl", "Register van ondernemingen",
            "de", "Register der Unternehmen");

    @TempDir
    Path folder;

    @Override
    protected String screenshotPrefix() {
        return "register-";
    }

    @Test
    void operatorImportsAFullThenAnUpdateExtractAndReadsTheRejectedLinesWithTheirReason() throws Exception {
        // Numbers of extracts and enterprises of this run's own, above those of any earlier run on the same database.
        int full = (int) (System.currentTimeMillis() / 60_000 - 29_000_000);
        String alpha = enterprise(full, 1);
        String bravo = enterprise(full, 2);
        String charlie = enterprise(full, 3);
        String delta = enterprise(full, 4);
        LocalDate snapshot = LocalDate.of(2026, 11, 1);

        logInInEnglish("ops.demo");
        waitFor(By.id("menu-register")).click();
        assertEquals(TITLE.get("en"), waitFor(By.tagName("h1")).getText());
        Accessibility.assertClean(browser, "register before an import");
        shoot("before");

        Path notAnExtract = Files.writeString(folder.resolve("enterprises.zip"), "EnterpriseNumber,Status\n");
        send(notAnExtract);
        assertTrue(error().contains("This file is not a KBO/BCE open data extract"), error());

        browser.get(url("app/operations/register.xhtml?lang=fr"));
        Path early = KboTestExtract.update(full + 1, snapshot.plusMonths(1))
                .removal(KboFile.ENTERPRISE, dotted(alpha))
                .write(Files.createDirectories(folder.resolve("early")));
        send(early);
        assertTrue(error().contains("ne suit pas le dernier extrait importé"), error());
        Accessibility.assertClean(browser, "register with a refusal in French");
        shoot("refused-fr");

        browser.get(url("app/operations/register.xhtml?lang=en"));
        send(KboTestExtract.full(full, snapshot)
                .enterprise(dotted(alpha))
                .enterprise(dotted(bravo))
                .enterprise(dotted(charlie))
                .enterprise(wrongCheckDigits(dotted(alpha)))
                .raw(KboFile.ENTERPRISE, "\"" + dotted(delta) + "\",\"AC\"")
                .name(dotted(alpha), "Alpha SA")
                .name(dotted(bravo), "Bravo SRL")
                .name(dotted(charlie), "Charlie & <Fils>")
                .address(dotted(alpha), "1000", "Bruxelles", "Rue Haute")
                .email(dotted(bravo), "info@bravo.example")
                .write(folder));
        WebElement first = applied(1);
        assertEquals(3, count(first, "created"));
        assertEquals(2, count(first, "rejected"));
        assertEquals(10, count(first, "read"), "5 enterprise lines, 3 names, 1 address, 1 contact");
        Accessibility.assertClean(browser, "register after a full import");
        shoot("full-applied");

        first.findElement(By.cssSelector("a.report-link")).click();
        List<WebElement> rejections = waitFor(By.id("report-table")).findElements(By.cssSelector("tr.rejection"));
        assertEquals(2, rejections.size());
        assertEquals(
                "Not an enterprise number, or wrong check digits",
                rejections.get(0).findElement(By.className("reason")).getText());
        assertEquals(
                "Wrong number of values (a cut or joined line)",
                rejections.get(1).findElement(By.className("reason")).getText());
        Accessibility.assertClean(browser, "the report of rejected lines");
        shoot("report");

        browser.get(url("app/operations/register.xhtml?lang=en"));
        send(KboTestExtract.update(full + 1, snapshot.plusMonths(1))
                .removal(KboFile.ENTERPRISE, dotted(alpha))
                .removal(KboFile.DENOMINATION, dotted(bravo))
                .name(dotted(bravo), "Bravo Renamed SRL")
                .enterprise(dotted(delta))
                .name(dotted(delta), "Delta SC")
                .write(Files.createDirectories(folder.resolve("update"))));
        WebElement second = applied(2);
        assertEquals(1, count(second, "created"), "delta");
        assertEquals(1, count(second, "closed"), "alpha");
        assertEquals(0, count(second, "rejected"));

        setDomain(dotted(bravo), "NSSO_EMPLOYER");
        assertEquals("The domain of Bravo Renamed SRL (" + dotted(bravo) + ") is now: NSSO Employer.", info());
        setDomain("12345", "NSSO_EMPLOYER");
        assertTrue(error().contains("This is not an enterprise number with right check digits"), error());

        browser.get(url("app/operations/register.xhtml?lang=fr"));
        sendDomains("EnterpriseNumber,Domain\n" + dotted(charlie) + ",NSSO_EMPLOYER\n" + wrongCheckDigits(dotted(delta))
                + ",NSSO_EMPLOYER\n" + dotted(bravo) + ",EMPLOYER\n");
        assertTrue(error().contains("Le fichier a 2 lignes erronées"), error());
        assertTrue(
                browser.findElement(By.id("messages")).getText().contains("Ligne 3 : pas un numéro d'entreprise"),
                browser.findElement(By.id("messages")).getText());
        Accessibility.assertClean(browser, "a refused file of domains in French");
        shoot("domains-refused-fr");
        browser.get(url("app/operations/register.xhtml?lang=en"));
        sendDomains("EnterpriseNumber,Domain\n" + dotted(charlie) + ",NSSO_EMPLOYER\n" + dotted(delta)
                + ",NSSO_EMPLOYER\n" + dotted(bravo) + ",NSSO_EMPLOYER\n");
        assertEquals("Enterprises whose domain changed: 2.", info(), "charlie and delta; nothing of the refused file");

        for (String language : Browser.LANGUAGES) {
            browser.get(url("app/operations/register.xhtml?lang=" + language));
            assertEquals(TITLE.get(language), waitFor(By.tagName("h1")).getText());
            shoot(language);
        }
        Widths.use(browser, Widths.PHONE);
        browser.get(url("app/operations/register.xhtml?lang=fr"));
        waitFor(By.id("imports-table"));
        Widths.assertNoSidewaysScrolling(browser, "register");
        Accessibility.assertClean(browser, "register at a phone's width");
        shoot("phone-fr");
        Widths.reset(browser);
    }

    @Test
    void personsOfEnterprisesAreAnsweredNotFoundAndSeeNoLinkToIt() {
        logInInEnglish("la.lumiere");
        assertTrue(browser.findElements(By.id("menu-register")).isEmpty());
        browser.get(url("app/operations/register.xhtml"));
        assertEquals(404, Browser.status(browser));
    }

    private void send(Path extract) {
        WebElement file = browser.findElement(By.id("send:extract"));
        file.sendKeys(extract.toAbsolutePath().toString());
        waitFor(By.id("send:start")).click();
        waitFor(By.cssSelector("#messages .message-info, #messages .ui-messages-info, #messages .message-error,"
                + " #messages .ui-messages-error"));
    }

    private void setDomain(String number, String domain) {
        WebElement field = waitFor(By.id("domain:number"));
        field.clear();
        field.sendKeys(number);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("domain:choice"))).selectByValue(domain);
        browser.findElement(By.id("domain:set")).click();
        waitFor(By.cssSelector("#messages .message-info, #messages .message-error"));
    }

    private void sendDomains(String text) throws java.io.IOException {
        Path file = Files.writeString(Files.createTempFile(folder, "domains-", ".csv"), text);
        browser.findElement(By.id("domains:file"))
                .sendKeys(file.toAbsolutePath().toString());
        waitFor(By.id("domains:send")).click();
        waitFor(By.cssSelector("#messages .message-info, #messages .message-error"));
    }

    private String info() {
        return waitFor(By.cssSelector("#messages .message-info")).getText();
    }

    private String error() {
        return waitFor(By.cssSelector("#messages .message-error, #messages .ui-messages-error"))
                .getText();
    }

    /** Waits until this many imports are applied; answers the newest, first in the table. */
    private WebElement applied(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.import-applied"), count - 1));
        return browser.findElements(By.cssSelector("#imports-table tbody tr")).get(0);
    }

    private static int count(WebElement row, String what) {
        return Integer.parseInt(
                row.findElement(By.cssSelector(".count-" + what)).getText().trim());
    }

    /** An enterprise number of this run: 09, six digits of the extract, one of the enterprise, check digits. */
    private static String enterprise(int extract, int index) {
        return EnterpriseNumber.withCheckDigits("09" + String.format("%05d", extract % 100_000) + index)
                .value();
    }

    private static String wrongCheckDigits(String dotted) {
        char last = dotted.charAt(dotted.length() - 1);
        return dotted.substring(0, dotted.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static String dotted(String digits) {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
