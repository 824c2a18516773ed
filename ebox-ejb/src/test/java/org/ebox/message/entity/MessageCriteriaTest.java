package org.ebox.message.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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
}
