package org.ebox.message.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCriteriaTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

    @Test
    void eachFilterAddedSetsItsOwnFieldsAndKeepsTheOthers() {
        MessageCriteria criteria = MessageCriteria.ALL
                .withReceived(JUNE, JULY)
                .withExpiry(JULY, JUNE)
                .withReadStatus(false)
                .withVisible(true)
                .withRegisteredMail(true, false)
                .withSender("type", "organization", "application")
                .withWords("vakantie", "nl");
        assertEquals(
                new MessageCriteria(
                        JULY,
                        JUNE,
                        JUNE,
                        JULY,
                        false,
                        true,
                        true,
                        false,
                        "type",
                        "organization",
                        "application",
                        "vakantie",
                        "nl"),
                criteria);
    }

    @Test
    void theInboxsUnreadMessagesAreVisibleAndUnreadOnly() {
        assertEquals(MessageCriteria.ALL.withReadStatus(false).withVisible(true), MessageCriteria.unreadInInbox());
        assertEquals(
                new MessageCriteria(null, null, null, null, null, false, null, null, null, null, null, null, null),
                MessageCriteria.visibleOnly(false));
    }

    @Test
    void aWholeFolderOrTheWholeBoxIsCountedByTheBoxCountersAndAnyOtherFilterIsNot() {
        assertTrue(MessageCriteria.ALL.isWholeFolder());
        assertTrue(MessageCriteria.visibleOnly(true).isWholeFolder());
        assertTrue(MessageCriteria.visibleOnly(false).isWholeFolder());
        assertTrue(
                MessageCriteria.ALL.withWords("vakantie", null).isWholeFolder(), "words without a language: no search");
        for (MessageCriteria filtered : List.of(
                MessageCriteria.ALL.withReceived(JUNE, null),
                MessageCriteria.ALL.withReceived(null, JULY),
                MessageCriteria.ALL.withExpiry(JUNE, null),
                MessageCriteria.ALL.withExpiry(null, JULY),
                MessageCriteria.unreadInInbox(),
                MessageCriteria.ALL.withRegisteredMail(true, null),
                MessageCriteria.ALL.withRegisteredMail(null, false),
                MessageCriteria.ALL.withSender("type", null, null),
                MessageCriteria.ALL.withSender(null, "organization", null),
                MessageCriteria.ALL.withSender(null, null, "application"),
                MessageCriteria.visibleOnly(true).withWords("vakantie", "nl"))) {
            assertFalse(filtered.isWholeFolder(), filtered.toString());
        }
    }
}
