package org.ebox.message.entity;

import java.time.LocalDate;

/**
 * The filters of a box listing, all optional and combined with AND (the contract's query parameters). Dates are
 * calendar days in Belgium: 'received before 1 July' means before 1 July 00:00 Brussels time; 'after' means from the
 * next day on. {@code words} are searched in the language {@code wordsLanguage} (nl, fr or de), ignoring case and
 * accents, anywhere in the subject, the business data values and the name of the person it is for. {@code pickedUp}
 * (not a filter of the contract) tells registered mail picked up from registered mail still waiting.
 */
public record MessageCriteria(LocalDate receivedBefore, LocalDate receivedAfter, LocalDate expiredBefore,
                              LocalDate expiredAfter, Boolean readStatus, Boolean visible, Boolean registeredMail,
                              Boolean pickedUp, String messageTypeId, String senderOrganizationId,
                              String senderApplicationId,
                              String words, String wordsLanguage) {

    /** The languages the text search knows (the contract's qlang). */
    public static final java.util.Set<String> SEARCH_LANGUAGES = java.util.Set.of("nl", "fr", "de");

    /** Every message of the Inbox ({@code visible}) or of Masked messages. */
    public static MessageCriteria visibleOnly(boolean visible) {
        return new MessageCriteria(null, null, null, null, null, visible, null, null, null, null, null, null, null);
    }

    /** The Inbox's unread messages: what the home page shows first. */
    public static MessageCriteria unreadInInbox() {
        return new MessageCriteria(null, null, null, null, Boolean.FALSE, Boolean.TRUE, null, null, null, null, null,
                null, null);
    }
}
