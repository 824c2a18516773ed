package org.ebox.message.entity;

import java.time.LocalDate;

/**
 * The filters of a box listing, all optional and combined with AND (the contract's query parameters). Dates are
 * calendar days in Belgium: 'received before 1 July' means before 1 July 00:00 Brussels time; 'after' means from the
 * next day on. {@code words} are searched in the language {@code wordsLanguage} (nl, fr or de), ignoring case and
 * accents, anywhere in the subject, the business data values and the name of the person it is for. {@code pickedUp}
 * (not a filter of the contract) tells registered mail picked up from registered mail still waiting.
 */
public record MessageCriteria(
        LocalDate receivedBefore,
        LocalDate receivedAfter,
        LocalDate expiredBefore,
        LocalDate expiredAfter,
        Boolean readStatus,
        Boolean visible,
        Boolean registeredMail,
        Boolean pickedUp,
        String messageTypeId,
        String senderOrganizationId,
        String senderApplicationId,
        String words,
        String wordsLanguage) {

    /** The languages the text search knows (the contract's qlang). */
    public static final java.util.Set<String> SEARCH_LANGUAGES = java.util.Set.of("nl", "fr", "de");

    /** No filter: every message of the box. Each {@code with…} gives a copy with one filter more. */
    public static final MessageCriteria ALL =
            new MessageCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Every message of the Inbox ({@code visible}) or of Masked messages. */
    public static MessageCriteria visibleOnly(boolean visible) {
        return ALL.withVisible(visible);
    }

    /** The Inbox's unread messages: what the home page shows first. */
    public static MessageCriteria unreadInInbox() {
        return ALL.withVisible(true).withReadStatus(false);
    }

    /**
     * Whether these criteria choose at most a folder (Inbox or Masked messages), or the whole box, and filter
     * nothing else: the box's counters then give the total without counting.
     */
    public boolean isWholeFolder() {
        return receivedBefore == null
                && receivedAfter == null
                && expiredBefore == null
                && expiredAfter == null
                && readStatus == null
                && registeredMail == null
                && pickedUp == null
                && messageTypeId == null
                && senderOrganizationId == null
                && senderApplicationId == null
                && (words == null || wordsLanguage == null);
    }

    /** Received after the day {@code after} and before the day {@code before} (either may be null). */
    public MessageCriteria withReceived(LocalDate after, LocalDate before) {
        return new MessageCriteria(
                before,
                after,
                expiredBefore,
                expiredAfter,
                readStatus,
                visible,
                registeredMail,
                pickedUp,
                messageTypeId,
                senderOrganizationId,
                senderApplicationId,
                words,
                wordsLanguage);
    }

    /** Expiring after the day {@code after} and before the day {@code before} (either may be null). */
    public MessageCriteria withExpiry(LocalDate after, LocalDate before) {
        return new MessageCriteria(
                receivedBefore,
                receivedAfter,
                before,
                after,
                readStatus,
                visible,
                registeredMail,
                pickedUp,
                messageTypeId,
                senderOrganizationId,
                senderApplicationId,
                words,
                wordsLanguage);
    }

    public MessageCriteria withReadStatus(Boolean read) {
        return new MessageCriteria(
                receivedBefore,
                receivedAfter,
                expiredBefore,
                expiredAfter,
                read,
                visible,
                registeredMail,
                pickedUp,
                messageTypeId,
                senderOrganizationId,
                senderApplicationId,
                words,
                wordsLanguage);
    }

    public MessageCriteria withVisible(Boolean shown) {
        return new MessageCriteria(
                receivedBefore,
                receivedAfter,
                expiredBefore,
                expiredAfter,
                readStatus,
                shown,
                registeredMail,
                pickedUp,
                messageTypeId,
                senderOrganizationId,
                senderApplicationId,
                words,
                wordsLanguage);
    }

    /** Registered mail or not; and of registered mail, picked up or still waiting (either may be null). */
    public MessageCriteria withRegisteredMail(Boolean registered, Boolean pickedUpAlready) {
        return new MessageCriteria(
                receivedBefore,
                receivedAfter,
                expiredBefore,
                expiredAfter,
                readStatus,
                visible,
                registered,
                pickedUpAlready,
                messageTypeId,
                senderOrganizationId,
                senderApplicationId,
                words,
                wordsLanguage);
    }

    /** Of the message type, sent by the organisation and its application (each may be null). */
    public MessageCriteria withSender(String typeId, String organizationId, String applicationId) {
        return new MessageCriteria(
                receivedBefore,
                receivedAfter,
                expiredBefore,
                expiredAfter,
                readStatus,
                visible,
                registeredMail,
                pickedUp,
                typeId,
                organizationId,
                applicationId,
                words,
                wordsLanguage);
    }

    /** With these words, searched in that language (both null: no text search). */
    public MessageCriteria withWords(String searched, String language) {
        return new MessageCriteria(
                receivedBefore,
                receivedAfter,
                expiredBefore,
                expiredAfter,
                readStatus,
                visible,
                registeredMail,
                pickedUp,
                messageTypeId,
                senderOrganizationId,
                senderApplicationId,
                searched,
                language);
    }
}
