package org.ebox.message.entity;

import java.time.LocalDate;

/**
 * The filters of a box listing, all optional and combined with AND (the contract's query parameters). Dates are
 * calendar days in Belgium: 'received before 1 July' means before 1 July 00:00 Brussels time; 'after' means from the
 * next day on.
 */
public record MessageCriteria(LocalDate receivedBefore, LocalDate receivedAfter, LocalDate expiredBefore,
                              LocalDate expiredAfter, Boolean readStatus, Boolean visible, Boolean registeredMail,
                              String messageTypeId, String senderOrganizationId, String senderApplicationId) {

    public static MessageCriteria none() {
        return new MessageCriteria(null, null, null, null, null, null, null, null, null, null);
    }

    public static MessageCriteria visibleOnly(boolean visible) {
        return new MessageCriteria(null, null, null, null, null, visible, null, null, null, null);
    }
}
