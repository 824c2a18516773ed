package org.ebox.web.it;

import static org.ebox.web.it.ContractClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A platform operator onboards an institution in a real browser: a wrong enterprise number, a name missing in one
 * language and a logo that is no PNG or JPEG are refused in the operator's language; the institution, its logo, an
 * application and a message type are made; the institution then publishes through the API within what its type
 * allows, a change of the type applies to what is published after it, and a withdrawn type is refused. Persons of
 * enterprises never see the page.
 */
class InstitutionsBrowserIT extends BrowserSession {

    private static final Map<String, String> TITLE = Map.of(
            "en", "Institutions",
            "fr", "Institutions",
            "nl", "Instellingen",
            "de", "Einrichtungen");

    private static final String ZINNEKE =
            EnterpriseNumber.withCheckDigits("08123456").value();

    @TempDir
    Path folder;

    @Override
    protected String screenshotPrefix() {
        return "institutions-";
    }

    @Test
    void operatorOnboardsAnInstitutionThatThenPublishesOnlyWhatItsMessageTypeAllows() throws Exception {
        // Identifiers of this run's own, apart from those of any earlier run on the same database.
        String run = String.format("%06d", System.currentTimeMillis() / 60_000 % 1_000_000);
        EnterpriseNumber number = EnterpriseNumber.withCheckDigits("03" + run);
        String organization = number.value();
        String application = "app-" + run;
        String type = "notice-" + run;

        logInInEnglish("ops.demo");
        waitFor(By.id("menu-institutions")).click();
        assertEquals(TITLE.get("en"), waitFor(By.tagName("h1")).getText());
        assertTrue(
                browser.findElements(By.cssSelector("#organizations-table tr.organization"))
                                .size()
                        >= 4,
                "the demo world's four institutions are listed");
        Accessibility.assertClean(browser, "institutions before a change");
        shoot("before");

        browser.get(url("app/operations/institutions.xhtml?lang=fr"));
        register(wrongCheckDigits(number.formatted()), "Office " + run);
        assertTrue(error().contains("Ce n’est pas un numéro d’entreprise aux chiffres de contrôle corrects"), error());
        Accessibility.assertClean(browser, "a refused institution in French");
        shoot("refused-fr");

        browser.get(url("app/operations/institutions.xhtml?lang=en"));
        fillNames("organization:short", "Office " + run);
        browser.findElement(By.id("organization:short-de")).clear();
        fillNames("organization:long", "The Office of run " + run);
        type(By.id("organization:number"), number.formatted());
        type(By.id("organization:contact"), "helpdesk@office.example");
        browser.findElement(By.id("organization:save")).click();
        assertEquals("Give the name in all four languages: it is missing in DE.", error());
        assertEquals(
                "Office " + run,
                browser.findElement(By.id("organization:short-nl")).getAttribute("value"),
                "what was typed stays in the form");

        register(number.formatted(), "Office " + run);
        assertEquals("Office " + run + " is registered.", info());
        WebElement row = waitFor(By.id("organization-" + organization));
        assertTrue(row.getText().contains(number.formatted()), row.getText());
        register(number.formatted(), "Office again " + run);
        assertTrue(error().contains("is registered already"), error());

        sendLogo(
                organization,
                Files.writeString(
                        folder.resolve("logo.svg"),
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        assertEquals("The logo must be a PNG or JPEG image. This file is not one (an SVG is not accepted).", error());
        sendLogo(organization, Files.write(folder.resolve("logo.png"), png(96, 96)));
        assertEquals("The logo is set.", info());
        WebElement logo = waitFor(By.cssSelector("#organization-" + organization + " img.sender-logo"));
        assertEquals(
                96L,
                browser.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1;", logo),
                "the logo is served as the image it was");

        addApplication(organization, "bad id " + run);
        assertTrue(error().startsWith("Not an identifier"), error());
        addApplication(organization, application);
        assertEquals("The application " + application + " is added.", info());

        browser.get(url("app/operations/institutions.xhtml?lang=en"));
        type(By.id("type:id"), type);
        fillNames("type:name", "Notice " + run);
        type(By.id("type:validity-number"), "2");
        new Select(browser.findElement(By.id("type:validity-unit"))).selectByValue("YEAR");
        browser.findElement(By.id("type:registered")).click();
        browser.findElement(By.cssSelector("#type\\:senders input[value='" + application + "']"))
                .click();
        browser.findElement(By.id("type:save")).click();
        assertEquals("The message type " + type + " is defined.", info());
        WebElement typeRow = waitFor(By.id("type-" + type));
        assertEquals("2 years", typeRow.findElement(By.className("validity")).getText());
        assertTrue(typeRow.getText().contains("Registered mail"), typeRow.getText());
        assertTrue(typeRow.getText().contains("No replies"), typeRow.getText());
        assertEquals(application, typeRow.findElement(By.className("senders")).getText());
        assertTrue(typeRow.getText().contains("Never published"), typeRow.getText());
        Accessibility.assertClean(browser, "institutions with a new one");
        shoot("onboarded");

        ContractClient api = new ContractClient(base);
        String sender = api.token(organization, "publicationsender");
        String reader = api.token(ZINNEKE, "messagesfull");
        ContractClient.assertRefusedAsInvalidInput(
                "POST",
                "/publishMessage",
                publish(api, sender, organization, application, type, true, false),
                "a reply the type does not allow");
        HttpResponse<String> first = publish(api, sender, organization, application, type, false, true);
        assertEquals(201, first.statusCode(), first.body());
        JsonNode firstMessage = message(api, reader, first);
        assertTrue(firstMessage.get("registeredMail").asBoolean());
        assertEquals(
                receipt(firstMessage).plusYears(2).toInstant(),
                expiry(firstMessage).toInstant(),
                "two years, as the type says");

        browser.get(url("app/operations/institutions.xhtml?lang=en"));
        assertTrue(
                waitFor(By.id("type-" + type))
                        .findElements(By.cssSelector("button[id$='delete']"))
                        .isEmpty(),
                "a type messages were published with cannot be deleted");
        String draft = "draft-" + run;
        type(By.id("type:id"), draft);
        fillNames("type:name", "Draft " + run);
        browser.findElement(By.id("type:save")).click();
        assertEquals("The message type " + draft + " is defined.", info());
        waitFor(By.id("type-" + draft))
                .findElement(By.cssSelector("button[id$='delete']"))
                .click();
        assertEquals("The message type " + draft + " is deleted.", info());
        assertTrue(browser.findElements(By.id("type-" + draft)).isEmpty(), "a type never published is gone");

        browser.get(url("app/operations/institutions.xhtml?lang=en&type=" + type));
        WebElement validity = waitFor(By.id("type:validity-number"));
        assertEquals("2", validity.getAttribute("value"), "the form holds the type to change");
        type(By.id("type:validity-number"), "3");
        new Select(browser.findElement(By.id("type:validity-unit"))).selectByValue("MONTH");
        browser.findElement(By.id("type:replies")).click();
        browser.findElement(By.id("type:save")).click();
        assertEquals("The message type " + type + " is changed.", info());
        assertEquals(
                "3 months",
                waitFor(By.id("type-" + type))
                        .findElement(By.className("validity"))
                        .getText());

        HttpResponse<String> second = publish(api, sender, organization, application, type, true, false);
        assertEquals(201, second.statusCode(), second.body());
        JsonNode secondMessage = message(api, reader, second);
        assertEquals(
                receipt(secondMessage).plusMonths(3).toInstant(),
                expiry(secondMessage).toInstant());
        assertTrue(secondMessage.get("replyAuthorized").asBoolean());
        assertEquals(
                expiry(firstMessage).toInstant(),
                expiry(message(api, reader, first)).toInstant(),
                "the message published before the change keeps its expiry");

        waitFor(By.id("type-" + type))
                .findElement(By.cssSelector("button[id$='withdraw']"))
                .click();
        assertEquals("The message type " + type + " is withdrawn: nothing new is published with it.", info());
        assertTrue(waitFor(By.id("type-" + type)).getAttribute("class").contains("type-withdrawn"));
        HttpResponse<String> refused = publish(api, sender, organization, application, type, false, false);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("INVALID_SENDER", json(refused.body()).get("code").asText());
        assertEquals(
                200,
                api.get(
                                reader,
                                "/ebox/messages/"
                                        + json(first.body()).get("messageId").asText())
                        .statusCode(),
                "the withdrawn type's messages stay");

        String changes = waitFor(By.id("change-table")).getText();
        assertTrue(changes.contains("Message type withdrawn: " + type), changes);
        assertTrue(changes.contains("Institution registered: " + number.formatted()), changes);
        waitFor(By.id("type-" + type))
                .findElement(By.cssSelector("button[id$='reinstate']"))
                .click();
        assertEquals("The message type " + type + " can be published again.", info());

        for (String language : Browser.LANGUAGES) {
            browser.get(url("app/operations/institutions.xhtml?lang=" + language));
            assertEquals(TITLE.get(language), waitFor(By.tagName("h1")).getText());
            shoot(language);
        }
        Widths.use(browser, Widths.PHONE);
        browser.get(url("app/operations/institutions.xhtml?lang=nl&type=" + type));
        waitFor(By.id("types-table"));
        Widths.assertNoSidewaysScrolling(browser, "institutions");
        Accessibility.assertClean(browser, "institutions at a phone's width");
        shoot("phone-nl");
        Widths.reset(browser);
    }

    @Test
    void personsOfEnterprisesAreAnsweredNotFoundAndSeeNoLinkToIt() {
        logInInEnglish("la.lumiere");
        assertTrue(browser.findElements(By.id("menu-institutions")).isEmpty());
        browser.get(url("app/operations/institutions.xhtml"));
        assertEquals(404, Browser.status(browser));
    }

    private void register(String number, String name) {
        type(By.id("organization:number"), number);
        fillNames("organization:short", name);
        fillNames("organization:long", "The " + name);
        type(By.id("organization:contact"), "helpdesk@office.example");
        browser.findElement(By.id("organization:save")).click();
        waitForFeedback();
    }

    private void sendLogo(String organization, Path file) {
        new Select(waitFor(By.id("logo:logo-organization"))).selectByValue(organization);
        browser.findElement(By.id("logo:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("logo:send")).click();
        waitForFeedback();
    }

    private void addApplication(String organization, String id) {
        new Select(waitFor(By.id("application:application-organization"))).selectByValue(organization);
        type(By.id("application:id"), id);
        fillNames("application:name", "Service " + id);
        browser.findElement(By.id("application:add")).click();
        waitForFeedback();
    }

    private void fillNames(String prefix, String name) {
        for (String language : Browser.LANGUAGES) {
            type(By.id(prefix + "-" + language), name);
        }
    }

    private void type(By field, String text) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(text);
    }

    private void waitForFeedback() {
        waitFor(By.cssSelector("#messages .message-info, #messages .message-error"));
    }

    private String info() {
        return waitFor(By.cssSelector("#messages .message-info")).getText();
    }

    private String error() {
        return waitFor(By.cssSelector("#messages .message-error")).getText();
    }

    private static HttpResponse<String> publish(
            ContractClient api,
            String token,
            String organization,
            String application,
            String type,
            boolean replies,
            boolean registered) {
        String message = "{\"recipient\":{\"eboxType\":\"enterprise\",\"eboxIdValue\":\"" + ZINNEKE + "\"},"
                + "\"subject\":{\"nl\":\"Bericht\",\"fr\":\"Message\"},"
                + "\"messageTypeId\":\"" + type + "\",\"senderOrganizationId\":\"" + organization + "\","
                + "\"senderApplicationId\":\"" + application + "\",\"bodyMainContent\":false,"
                + "\"attachments\":[{\"httpPartName\":\"upfile1\",\"mainContent\":true}],"
                + "\"replyAuthorized\":" + replies + ",\"registeredMail\":" + registered + "}";
        return api.publish(
                token,
                new Multipart()
                        .file("upfile1", "notice.pdf", "application/pdf", pdf())
                        .text("messageToPublish", message),
                null);
    }

    private static JsonNode message(ContractClient api, String reader, HttpResponse<String> published) {
        String id = json(published.body()).get("messageId").asText();
        return json(api.get(reader, "/ebox/messages/" + id).body());
    }

    private static OffsetDateTime receipt(JsonNode message) {
        return OffsetDateTime.parse(message.get("receiptDate").asText());
    }

    private static OffsetDateTime expiry(JsonNode message) {
        return OffsetDateTime.parse(message.get("expirationDate").asText());
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x0b6e4f));
        graphics.fillOval(8, 8, width - 16, height - 16);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String wrongCheckDigits(String dotted) {
        char last = dotted.charAt(dotted.length() - 1);
        return dotted.substring(0, dotted.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
