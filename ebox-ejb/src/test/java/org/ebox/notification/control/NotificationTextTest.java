package org.ebox.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ebox.notification.entity.Notification;
import org.ebox.platform.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

class NotificationTextTest {

    private static Notification announcing(int newMessages, int registered, int reminders, int alerts) {
        Notification notification = new Notification("0812345603", "run", OffsetDateTime.now(ZoneOffset.UTC));
        notification.announce(newMessages, registered, reminders, alerts);
        return notification;
    }

    @Test
    void theMailCountsNewMessagesRegisteredMailRemindersAndAlertsAndLinksToTheEbox() {
        OutgoingMail mail = NotificationText.compose(
                announcing(3, 1, 2, 1),
                "info@zinneke.example",
                "Brasserie Zinneke SRL",
                "0812.345.603",
                List.of("en"),
                "https://ebox.example/app/messages/list.xhtml");
        assertEquals("info@zinneke.example", mail.to());
        assertEquals("e-Box Enterprise: messages await Brasserie Zinneke SRL", mail.subject());
        assertTrue(mail.text().contains("- 3 new messages\n"), mail.text());
        assertTrue(mail.text().contains("of which 1 registered mail, to pick up"), mail.text());
        assertTrue(mail.text().contains("- 2 messages still unread 15 days after they arrived"), mail.text());
        assertTrue(mail.text().contains("- 1 unread message that expires within 7 days"), mail.text());
        assertTrue(mail.text().contains("https://ebox.example/app/messages/list.xhtml"), mail.text());
        assertTrue(mail.text().contains("0812.345.603"), mail.text());
    }

    @Test
    void linesWithNothingToAnnounceAreLeftOut() {
        String text = NotificationText.compose(
                        announcing(1, 0, 0, 0), "a@b.example", "X", "0812.345.603", List.of("en"), "link")
                .text();
        assertTrue(text.contains("- 1 new message\n"), text);
        assertFalse(text.contains("registered"), text);
        assertFalse(text.contains("15 days"), text);
        assertFalse(text.contains("expires"), text);
    }

    @Test
    void eachLanguageOfTheEnterpriseHasItsPartInTheServicesOrder() {
        OutgoingMail mail = NotificationText.compose(
                announcing(2, 0, 0, 0),
                "a@b.example",
                "Atelier Lumière SA",
                "0456.789.012",
                List.of("nl", "fr"),
                "link");
        assertEquals(
                "e-Box Enterprise: er wachten berichten op Atelier Lumière SA"
                        + " / e-Box Enterprise : des messages attendent Atelier Lumière SA",
                mail.subject());
        int dutch = mail.text().indexOf("- 2 nieuwe berichten");
        int french = mail.text().indexOf("- 2 nouveaux messages");
        assertTrue(dutch >= 0 && french > dutch, mail.text());
    }
}
