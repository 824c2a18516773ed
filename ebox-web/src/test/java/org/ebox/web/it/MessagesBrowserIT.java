package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The message screens in a real browser on the demo boxes: folders with their counts, paging and page size, search,
 * mask and make visible, the detail with its technical data, registered mail pickup, files and the ZIP of several
 * messages (opened and checked), and 404 for what is not the person's. Screenshots in four languages.
 */
class MessagesBrowserIT extends BrowserSession {

    private static final List<String> LANGUAGES = Browser.LANGUAGES;

    @Test
    void inboxIsPagedWithTheChosenPageSizeAndEveryPageIsLookedAt() throws Exception {
        logIn("cola.zinneke");
        list("folder=inbox&lang=en");
        long inbox = count("inbox");
        assertTrue(inbox > 100, "the demo box is big enough to page: " + inbox);
        assertEquals(25, rows().size(), "25 a page by default");
        assertTrue(text("page-position").endsWith(" " + (inbox + 24) / 25), text("page-position"));
        assertFalse(browser.findElements(By.cssSelector("tr.unread")).isEmpty(), "unread rows are bold");
        Accessibility.assertClean(browser, "inbox");
        new Select(browser.findElement(By.id("size"))).selectByValue("10");
        waitUntil(() -> rows().size() == 10);
        browser.findElement(By.id("select-all")).click();
        assertTrue(
                browser.findElements(By.name("selected")).stream().allMatch(WebElement::isSelected),
                "every message of the page selected at once");
        browser.findElement(By.id("select-all")).click();
        assertTrue(browser.findElements(By.name("selected")).stream().noneMatch(WebElement::isSelected));
        String firstOfPageOne = rows().get(0).getAttribute("id");
        browser.findElement(By.id("page-next")).click();
        waitUntil(() -> text("page-position").startsWith("Page 2"));
        assertEquals(10, rows().size());
        assertNotEquals(firstOfPageOne, rows().get(0).getAttribute("id"));
        WebElement logo = browser.findElement(By.cssSelector("#message-table img.logo"));
        assertEquals("", logo.getAttribute("alt"), "decorative: the sender's name is written beside it");
        HttpResponse<byte[]> png = get(logo.getAttribute("src"));
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        new Select(browser.findElement(By.id("order"))).selectByValue("oldest");
        waitUntil(() -> browser.getCurrentUrl().contains("order=oldest"));
        for (String language : LANGUAGES) {
            list("folder=inbox&lang=" + language);
            shoot("inbox-" + language);
        }
    }

    @Test
    void searchIgnoresCaseAndAccentsAndCombinesItsCriteria() {
        logIn("cola.zinneke");
        list("folder=inbox&lang=fr&size=100&q=DECLARATION");
        assertFalse(rows().isEmpty());
        for (WebElement row : rows()) {
            assertTrue(row.getText().contains("déclaration"), row.getText());
        }
        shoot("search-fr");
        Accessibility.assertClean(browser, "search results");

        list("folder=inbox&lang=en&size=100&q=erklarung");
        assertFalse(rows().isEmpty(), "in English every language's text is searched");
        rows().forEach(row -> assertTrue(row.getText().contains("DmfA declaration"), row.getText()));

        list("folder=inbox&lang=en&size=100&registered=true&unread=true");
        assertFalse(rows().isEmpty());
        for (WebElement row : rows()) {
            assertTrue(row.getText().contains("R"), "registered");
            assertTrue(row.getAttribute("class").contains("unread"));
        }
        browser.get(url("app/messages/list.xhtml?folder=inbox&lang=en&sender=" + financeId()));
        waitFor(By.id("message-table"));
        assertEquals(
                financeId(),
                new Select(browser.findElement(By.id("sender")))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "the chosen sender stays chosen");
        rows().forEach(row -> assertTrue(row.getText().contains("FPS Finance"), row.getText()));

        // Dates are written as the page's language writes them, and understood in any of the four ways.
        list("folder=inbox&lang=nl&size=10&from=2026-01-01");
        assertEquals("01-01-2026", browser.findElement(By.id("from")).getAttribute("value"));
        assertTrue(
                browser.findElement(By.cssSelector("label[for=from]")).getText().contains("dd-mm-jjjj"),
                "the format is said with the field");
        String fromIso = text("total");
        list("folder=inbox&lang=de&size=10");
        WebElement from = browser.findElement(By.id("from"));
        from.sendKeys("1.1.2026");
        browser.findElement(By.id("search-submit")).click();
        waitFor(By.id("page-position"));
        assertEquals("01.01.2026", browser.findElement(By.id("from")).getAttribute("value"));
        assertEquals(fromIso.replaceAll("\\D", ""), text("total").replaceAll("\\D", ""), "the same search");
        list("folder=inbox&lang=fr&size=10&from=31/02/2026");
        String refused = waitFor(By.cssSelector("#messages .message-error")).getText();
        assertTrue(refused.contains("31/02/2026") && refused.contains("jj/mm/aaaa"), refused);
        shoot("search-bad-date-fr");

        list("folder=inbox&lang=en&q=no-such-words-anywhere");
        assertTrue(browser.findElement(By.id("no-messages")).isDisplayed());
        assertEquals("0 messages", text("total"), "a count in words of its own language");
    }

    @Test
    void maskedMessagesLeaveTheInboxAndMakeVisibleBringsThemBack() {
        logIn("user.lumiere");
        list("folder=inbox&lang=en");
        long inbox = count("inbox");
        long masked = count("masked");
        List<String> chosen = rows().stream()
                .limit(2)
                .map(row -> row.getAttribute("id").substring(4))
                .toList();
        chosen.forEach(id -> browser.findElement(By.id("select-" + id)).click());
        browser.findElement(By.id("box:mask")).click();
        shoot("inbox-after-mask");
        waitFor(By.cssSelector("#messages .message-info"));
        assertEquals(inbox - 2, count("inbox"));
        assertEquals(masked + 2, count("masked"));
        browser.findElement(By.id("folder-masked")).click();
        waitUntil(() -> browser.getCurrentUrl().contains("folder=masked"));
        list("folder=masked&lang=en&size=100");
        chosen.forEach(
                id -> assertFalse(browser.findElements(By.id("row-" + id)).isEmpty(), id + " is masked"));
        for (String language : LANGUAGES) {
            list("folder=masked&size=100&lang=" + language);
            shoot("masked-" + language);
        }
        Accessibility.assertClean(browser, "masked messages");
        list("folder=masked&lang=en&size=100");
        chosen.forEach(id -> browser.findElement(By.id("select-" + id)).click());
        browser.findElement(By.id("box:show")).click();
        waitFor(By.cssSelector("#messages .message-info"));
        assertEquals(inbox, count("inbox"));
        browser.findElement(By.id("box:show")).click();
        assertTrue(
                waitFor(By.cssSelector("#messages .message-error")).getText().contains("Select"),
                "nothing selected: said so, nothing changed");
    }

    @Test
    void openingAMessageReadsItAndTechnicalDataShowsExpiryIdsAndTheFilesFingerprints() throws Exception {
        logIn("cola.zinneke");
        list("folder=inbox&lang=en&unread=true&size=100");
        WebElement unread = rows().stream()
                .filter(row -> !row.getText().contains("R"))
                .findFirst()
                .orElseThrow();
        String id = unread.getAttribute("id").substring(4);
        long unreadBefore = Long.parseLong(text("total").replaceAll("\\D", ""));
        unread.findElement(By.cssSelector("a.subject-link")).click();
        waitFor(By.id("technical"));
        assertTrue(browser.findElement(By.id("message-body")).getText().contains("Brasserie Zinneke SRL"));
        assertFalse(browser.findElement(By.id("expiry")).isDisplayed(), "closed until expanded");
        browser.findElement(By.cssSelector("#technical summary")).click();
        assertTrue(waitFor(By.id("expiry")).getText().matches(".*20\\d\\d.*"));
        assertEquals(id, text("message-id"));
        assertTrue(text("sender-id").contains("nsso-") || text("sender-id").contains("-"), text("sender-id"));
        assertFalse(text("sender-name").isBlank(), "the organisation named beside its id");
        assertFalse(text("application-name").isBlank(), "the application named beside its id");
        assertFalse(text("message-type-name").isBlank(), "the message type named beside its id");
        assertFalse(
                text("message-type-name")
                        .equals(text("message-type")
                                .replace(text("message-type-name"), "")
                                .trim()),
                "the name is not the id again");
        shoot("message-technical-en");
        Accessibility.assertClean(browser, "message detail with technical data");

        // The main PDF is shown in the page, framed by this page only; the same file saved is framed by none.
        WebElement shownInPage = browser.findElement(By.id("main-document"));
        assertTrue(shownInPage.isDisplayed() && shownInPage.getSize().getHeight() > 300, "the PDF is in the page");
        assertFalse(shownInPage.getAttribute("title").isBlank(), "the frame is named for screen readers");
        // Chromium's own account of the page's frames: the PDF was loaded into the frame, not refused by a header.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> childFrames().stream()
                        .anyMatch(frame -> String.valueOf(frame.get("url")).contains("/app/messages/file?message=" + id)
                                && "application/pdf".equals(frame.get("mimeType"))));
        HttpResponse<byte[]> inPage = get(shownInPage.getAttribute("src"));
        assertEquals(200, inPage.statusCode());
        assertEquals(
                "application/pdf", inPage.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(
                inPage.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
        assertEquals(
                "SAMEORIGIN", inPage.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals(
                "frame-ancestors 'self'",
                inPage.headers().firstValue("Content-Security-Policy").orElseThrow());

        String digest =
                browser.findElement(By.cssSelector("#digests code.digest")).getText();
        String fileUrl =
                browser.findElement(By.cssSelector("#files a.file-download")).getAttribute("href");
        HttpResponse<byte[]> file = get(fileUrl);
        assertEquals(200, file.statusCode());
        assertEquals(
                "application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(
                file.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals(digest, sha256(file.body()), "the file is the one the technical data fingerprints");
        assertEquals("%PDF", new String(file.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(
                "DENY", file.headers().firstValue("X-Frame-Options").orElseThrow(), "a download is framed by none");

        list("folder=inbox&lang=en&unread=true&size=100");
        assertTrue(browser.findElements(By.id("row-" + id)).isEmpty(), "read now");
        assertEquals(unreadBefore - 1, Long.parseLong(text("total").replaceAll("\\D", "")));
        for (String language : LANGUAGES) {
            browser.get(url("app/messages/message.xhtml?id=" + id + "&lang=" + language));
            waitFor(By.id("technical")).findElement(By.tagName("summary")).click();
            shoot("message-" + language);
        }
    }

    @Test
    void theLanguageSwitchKeepsTheMessageTheReplyTheFolderAndTheSearchInEveryLanguage() {
        logIn("user.zinneke");
        list("folder=inbox&lang=en&size=100");
        WebElement replyable = rows().stream()
                .filter(row -> !row.findElements(By.cssSelector(".pi-reply")).isEmpty()
                        && !row.getText().contains("R"))
                .findFirst()
                .orElseThrow();
        String id = replyable.getAttribute("id").substring(4);
        Map<String, By> pages = new java.util.LinkedHashMap<>();
        pages.put("app/messages/message.xhtml?id=" + id, By.id("technical"));
        pages.put("app/messages/reply.xhtml?id=" + id, By.id("reply:telephone"));
        pages.put("app/messages/list.xhtml?folder=masked&size=10", By.tagName("h1"));
        pages.put("app/messages/list.xhtml?folder=inbox&q=vakantie&unread=true", By.tagName("h1"));
        pages.forEach((page, shown) -> {
            browser.get(url(page + "&lang=en"));
            waitFor(shown);
            for (String language : List.of("fr", "nl", "de", "en")) {
                browser.findElement(By.id("lang-" + language)).click();
                waitUntil(() ->
                        language.equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
                waitFor(shown);
                for (String parameter : page.substring(page.indexOf('?') + 1).split("&")) {
                    assertTrue(
                            browser.getCurrentUrl().contains(parameter),
                            parameter + " kept in " + language + ": " + browser.getCurrentUrl());
                }
                assertEquals(200, status(), page + " in " + language);
            }
        });
        shoot("language-switch-kept-search");
    }

    @Test
    void downloadWithNothingTickedSaysToSelectFirstAsMaskDoesInEveryLanguage() {
        logIn("la.lumiere");
        for (String language : LANGUAGES) {
            list("folder=inbox&lang=" + language);
            browser.findElement(By.id("box:mask")).click();
            String maskSays =
                    waitFor(By.cssSelector("#messages .message-error")).getText();
            list("folder=inbox&lang=" + language);
            browser.findElement(By.id("download")).click();
            String downloadSays =
                    waitFor(By.cssSelector("#messages .message-error")).getText();
            assertEquals(maskSays, downloadSays, "Download with nothing ticked, in " + language);
            assertTrue(browser.getCurrentUrl().contains("folder=inbox"), browser.getCurrentUrl());
            shoot("download-nothing-selected-" + language);
        }
        list("folder=inbox&lang=fr");
    }

    @Test
    void whatAnInstitutionWritesIsShownAsTextNeverRunAsMarkup() throws Exception {
        String zinneke = org.ebox.enterprise.entity.EnterpriseNumber.withCheckDigits("08123456")
                .value();
        String nsso = org.ebox.enterprise.entity.EnterpriseNumber.withCheckDigits("02067316")
                .value();
        ContractClient api = new ContractClient(base);
        String marker = "X" + System.nanoTime();
        String subject = "<img src=x onerror=window.hacked=1>" + marker;
        String json = "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + zinneke + "\"},"
                + "\"subject\":{\"nl\":\"" + subject + "\",\"fr\":\"" + subject + "\",\"de\":\"" + subject
                + "\"},\"bodyContent\":{\"nl\":\"<script>window.hacked=2</script>\",\"fr\":\"<script>window.hacked=2</script>\","
                + "\"de\":\"<script>window.hacked=2</script>\"},\"messageTypeId\":\"dmfa-notice\","
                + "\"senderOrganizationId\":\"" + nsso + "\",\"senderApplicationId\":\"nsso-dmfa\","
                + "\"bodyMainContent\":true,\"attachments\":[],\"replyAuthorized\":false}";
        HttpResponse<String> published =
                api.publish(api.token(nsso, "publicationsender"), new Multipart().text("messageToPublish", json), null);
        assertEquals(201, published.statusCode(), published.body());

        logIn("cola.zinneke");
        list("folder=inbox&lang=de&q=" + marker);
        assertEquals(1, rows().size());
        assertTrue(
                rows().get(0).getText().contains(subject),
                "shown as written: " + rows().get(0).getText());
        rows().get(0).findElement(By.cssSelector("a.subject-link")).click();
        assertEquals(
                "<script>window.hacked=2</script>",
                waitFor(By.id("message-body")).getText());
        assertEquals(null, browser.executeScript("return window.hacked;"), "nothing ran");
    }

    @Test
    void registeredMailShowsItsFilesOnlyAfterThePersonPicksItUp() throws Exception {
        logIn("la.lumiere");
        list("folder=inbox&lang=fr&registered=true&unread=true");
        WebElement registered = rows().get(0);
        String id = registered.getAttribute("id").substring(4);
        registered.findElement(By.cssSelector("a.subject-link")).click();
        waitFor(By.id("pickup"));
        assertTrue(browser.findElements(By.id("files")).isEmpty(), "no files before pickup");
        assertTrue(browser.findElements(By.id("digests")).isEmpty(), "no fingerprints either");
        Accessibility.assertClean(browser, "registered mail before pickup");
        for (String language : LANGUAGES) {
            browser.get(url("app/messages/message.xhtml?id=" + id + "&lang=" + language));
            waitFor(By.id("pickup"));
            shoot("registered-before-pickup-" + language);
        }
        assertEquals(
                404,
                get(url("app/messages/file?message=" + id + "&attachment=" + id))
                        .statusCode());
        list("folder=inbox&lang=fr&registered=true&size=100");
        assertEquals(
                "unread",
                browser.findElement(By.id("row-" + id)).getAttribute("class"),
                "opened but not picked up: still bold, it still waits for the person");
        assertTrue(browser.findElement(By.id("row-" + id)).getText().length() > 0);
        browser.get(url("app/messages/message.xhtml?id=" + id + "&lang=fr"));

        waitFor(By.id("pickupForm:accept")).click();
        waitFor(By.id("files"));
        browser.findElement(By.cssSelector("#technical summary")).click();
        assertTrue(waitFor(By.id("picked-up-at")).getText().matches(".*20\\d\\d.*"));
        shoot("registered-after-pickup-fr");
        list("folder=inbox&lang=fr&registered=true&size=100");
        assertEquals("", browser.findElement(By.id("row-" + id)).getAttribute("class"), "read and picked up: plain");
        browser.get(url("app/messages/message.xhtml?id=" + id + "&lang=fr"));
        waitFor(By.id("files"));
        String fileUrl =
                browser.findElement(By.cssSelector("#files a.file-view")).getAttribute("href");
        HttpResponse<byte[]> inline = get(fileUrl);
        assertEquals(200, inline.statusCode());
        assertTrue(
                inline.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
    }

    @Test
    void downloadOfSeveralMessagesIsOneZipWithAManifestOfEveryFileAndItsSha256() throws Exception {
        logIn("cola.zinneke");
        list("folder=inbox&lang=en&size=10");
        List<String> ids = rows().stream()
                .limit(5)
                .map(row -> row.getAttribute("id").substring(4))
                .toList();
        String form = ids.stream().map(id -> "selected=" + id).collect(Collectors.joining("&"));
        HttpResponse<byte[]> zip = post(url("app/messages/download.zip"), form);
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        List<String> lines = manifest.lines().skip(1).toList();
        assertTrue(lines.size() >= 5, manifest);
        for (String id : ids) {
            assertTrue(manifest.contains(id), "every message is in the manifest: " + id);
        }
        for (String line : lines) {
            String[] fields = line.substring(1, line.length() - 1).split("\",\"");
            if (fields[2].startsWith("(")) {
                continue;
            }
            byte[] bytes = entries.get(fields[2]);
            assertTrue(bytes != null, "the listed file is in the ZIP: " + fields[2]);
            assertEquals(fields[4], sha256(bytes), fields[2]);
            assertEquals(Long.parseLong(fields[3]), bytes.length);
            assertFalse(fields[2].matches(".*[<>:\"|?*\\\\].*"), "a name every system accepts: " + fields[2]);
        }
        assertEquals(
                302, post(url("app/messages/download.zip"), "").statusCode(), "nothing selected: back to the list");
    }

    @Test
    void anotherEnterprisesMessageAndEveryMessagePageOfAPersonWithoutTheBoxAnswerNotFound() throws Exception {
        logIn("cola.zinneke");
        list("folder=inbox&lang=en");
        String zinnekeMessage = rows().get(0).getAttribute("id").substring(4);
        browser.manage().deleteAllCookies();
        logIn("la.lumiere");
        browser.get(url("app/messages/message.xhtml?id=" + zinnekeMessage));
        assertEquals(404, status());
        assertEquals(
                404,
                get(url("app/messages/file?message=" + zinnekeMessage + "&attachment=x"))
                        .statusCode());
        HttpResponse<byte[]> zip = post(url("app/messages/download.zip"), "selected=" + zinnekeMessage);
        assertEquals(302, zip.statusCode(), "another box's id is not downloaded");
        browser.get(url("app/messages/message.xhtml?id=no-such-message"));
        assertEquals(404, status());

        browser.manage().deleteAllCookies();
        logIn("nobox.zinneke");
        for (String page : List.of("app/messages/list.xhtml", "app/messages/message.xhtml?id=" + zinnekeMessage)) {
            browser.get(url(page));
            assertEquals(404, status(), page);
        }
        assertEquals(
                404,
                post(url("app/messages/download.zip"), "selected=" + zinnekeMessage)
                        .statusCode());
    }

    @Test
    void replyWithADocumentReachesTheOutboxAndTheInstitutionAndABadOneLeavesNothing() throws Exception {
        logIn("user.zinneke");
        list("folder=outbox&lang=en");
        long outbox = count("outbox");
        assertTrue(browser.findElements(By.id("search")).isEmpty(), "no search in the Outbox");
        list("folder=inbox&lang=en&size=100");
        WebElement replyable = rows().stream()
                .filter(row -> !row.findElements(By.cssSelector(".pi-reply")).isEmpty()
                        && !row.getText().contains("R"))
                .findFirst()
                .orElseThrow();
        String id = replyable.getAttribute("id").substring(4);
        replyable.findElement(By.cssSelector("a.subject-link")).click();
        WebElement replyButton = waitFor(By.id("reply"));
        WebElement icon = replyButton.findElement(By.cssSelector(".pi-reply"));
        assertFalse(
                css(icon, "color").equals(css(replyButton, "background-color")), "the Reply icon shows on its button");
        WebElement line = replyButton.findElement(By.xpath(".."));
        assertTrue(
                Math.abs(replyButton.getRect().getX()
                                + replyButton.getRect().getWidth()
                                - (line.getRect().getX() + line.getRect().getWidth()))
                        <= 2,
                "Reply stands on the right");
        shoot("message-with-reply-en");
        replyButton.click();
        waitFor(By.id("reply:telephone"));
        Accessibility.assertClean(browser, "reply form");
        for (String language : LANGUAGES) {
            browser.get(url("app/messages/reply.xhtml?id=" + id + "&lang=" + language));
            waitFor(By.id("reply:telephone"));
            shoot("reply-form-" + language);
        }
        assertEquals("Dokument hinzufügen", text("document-button"), "the file button speaks the page's language");
        assertEquals("Kein Dokument ausgewählt", text("document-chosen"));
        browser.get(url("app/messages/reply.xhtml?id=" + id + "&lang=fr"));
        assertEquals(
                "Ajouter un document",
                waitFor(By.id("document-button")).getText().trim(),
                "the guide's words");
        browser.get(url("app/messages/reply.xhtml?id=" + id + "&lang=en"));
        waitFor(By.id("reply:telephone"));

        browser.findElement(By.id("reply:telephone")).sendKeys("call me");
        browser.findElement(By.id("reply:text")).sendKeys("Our corrected declaration is attached.");
        browser.findElement(By.id("reply:send")).click();
        assertTrue(waitFor(By.cssSelector("#messages .message-error")).getText().contains("telephone"));

        java.nio.file.Path notAPdf = java.nio.file.Files.createTempFile("looks-like", ".pdf");
        java.nio.file.Files.writeString(notAPdf, "<html><script>alert(1)</script></html>");
        fillReply("+32 2 555 01 01", "Our corrected declaration is attached.", notAPdf);
        assertTrue(
                waitFor(By.cssSelector("#messages .message-error")).getText().contains("PDF, JPEG or PNG"),
                "the content decides, not the name");
        list("folder=outbox&lang=en");
        assertEquals(outbox, count("outbox"), "a refused reply leaves no trace");

        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("corrected declaration", ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        browser.get(url("app/messages/reply.xhtml?id=" + id + "&lang=en"));
        String text = "Réponse " + System.nanoTime() + ": our corrected declaration is attached.";
        fillReply("+32 2 555 01 01", text, pdf);
        waitFor(By.cssSelector("#messages .message-info"));
        assertTrue(browser.getCurrentUrl().contains("folder=outbox"));
        assertEquals(outbox + 1, count("outbox"));
        WebElement sent = waitFor(By.id("outbox-table"));
        assertTrue(sent.getText().contains(text), sent.getText());
        assertTrue(sent.getText().contains(pdf.getFileName().toString()), sent.getText());
        for (String language : LANGUAGES) {
            list("folder=outbox&lang=" + language);
            shoot("outbox-" + language);
        }
        Accessibility.assertClean(browser, "outbox");

        // The sent reply opens from the Outbox, as it was sent: text, telephone and document.
        WebElement sentLine = browser.findElements(By.cssSelector("#outbox-table tbody tr")).stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow();
        String replyId = sentLine.getAttribute("id").substring("reply-".length());
        browser.findElement(By.id("open-reply-" + replyId)).click();
        assertEquals(text, waitFor(By.id("sent-text")).getText().trim());
        assertEquals("+32 2 555 01 01", text("sent-telephone"));
        assertTrue(text("sent-file").contains(pdf.getFileName().toString()), text("sent-file"));
        assertTrue(
                browser.findElement(By.id("sent-original")).getAttribute("href").endsWith("id=" + id));
        HttpResponse<byte[]> document =
                get(browser.findElement(By.id("sent-file-download")).getAttribute("href"));
        assertEquals(200, document.statusCode());
        assertEquals(sha256(java.nio.file.Files.readAllBytes(pdf)), sha256(document.body()), "the very file sent");
        Accessibility.assertClean(browser, "sent reply");
        for (String language : LANGUAGES) {
            browser.get(url("app/messages/sent.xhtml?id=" + replyId + "&lang=" + language));
            waitFor(By.id("sent-text"));
            shoot("sent-reply-" + language);
        }
        browser.get(url("app/messages/sent.xhtml?id=" + replyId + "&lang=de"));
        assertEquals(text, waitFor(By.id("sent-text")).getText().trim(), "the person's own language again");

        // The institution (NSSO, which sent the original) reads it through its own API path.
        HttpResponse<String> token = http().send(
                        HttpRequest.newBuilder(URI.create(url("dev/token")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("enterprise="
                                        + org.ebox.enterprise.entity.EnterpriseNumber.withCheckDigits("02067316")
                                                .value()
                                        + "&scope=" + URLEncoder.encode("publicationsender", StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String bearer = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> received = http().send(
                        HttpRequest.newBuilder(
                                        URI.create(url("REST/ebox/enterprise/extensions/v1/replies?pageSize=100")))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, received.statusCode(), received.body());
        assertTrue(received.body().contains(id), "the reply names the original message: " + received.body());

        // Another enterprise's reply, and its document, are not found.
        browser.manage().deleteAllCookies();
        logIn("la.lumiere");
        browser.get(url("app/messages/sent.xhtml?id=" + replyId));
        assertEquals(404, status());
        assertEquals(404, get(url("app/messages/reply-file?reply=" + replyId)).statusCode());
    }

    private void fillReply(String telephone, String text, java.nio.file.Path file) {
        WebElement phone = waitFor(By.id("reply:telephone"));
        phone.clear();
        phone.sendKeys(telephone);
        WebElement message = browser.findElement(By.id("reply:text"));
        message.clear();
        message.sendKeys(text);
        browser.findElement(By.id("reply:document"))
                .sendKeys(file.toAbsolutePath().toString());
        assertEquals(file.getFileName().toString(), text("document-chosen"), "the chosen file is named");
        browser.findElement(By.id("reply:send")).click();
    }

    private void logIn(String login) {
        browser.get(url("login.xhtml"));
        Logins.password(browser, login, "demo");
        Logins.appCode(browser, login);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("person-name")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("choose-heading"))));
    }

    private void list(String query) {
        browser.get(url("app/messages/list.xhtml?" + query));
        waitFor(By.id("page-position"));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#message-table tbody tr"));
    }

    private long count(String folder) {
        return Long.parseLong(text("count-" + folder));
    }

    private String financeId() {
        return org.ebox.enterprise.entity.EnterpriseNumber.withCheckDigits("03083571")
                .value();
    }

    private HttpResponse<byte[]> get(String address) throws Exception {
        return http().send(
                        HttpRequest.newBuilder(URI.create(address))
                                .header("Cookie", sessionCookie())
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String address, String form) throws Exception {
        return http().send(
                        HttpRequest.newBuilder(URI.create(address))
                                .header("Cookie", sessionCookie())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The browser's own cookies, so that the HTTP client is the logged-in person. All of them, as a browser sends
     * them: the distributed session's version cookie (JSESSIONIDVERSION) with its id, or Payara may serve an older
     * copy of the session, one from before the login.
     */
    private String sessionCookie() {
        return browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private int status() {
        return Browser.status(browser);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The frames of the page, as Chromium loaded them: each one's url and mimeType. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> childFrames() {
        Map<String, Object> tree = (Map<String, Object>)
                browser.executeCdpCommand("Page.getFrameTree", Map.of()).get("frameTree");
        List<Map<String, Object>> children = (List<Map<String, Object>>) tree.getOrDefault("childFrames", List.of());
        return children.stream()
                .map(child -> (Map<String, Object>) child.get("frame"))
                .toList();
    }

    private String css(WebElement element, String property) {
        return (String) browser.executeScript(
                "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", element, property);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        // Conditions read the page, which a click may be replacing at that moment: a stale element is asked again.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    @Override
    protected String screenshotPrefix() {
        return "messages-";
    }
}
