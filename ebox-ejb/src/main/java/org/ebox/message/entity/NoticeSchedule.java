package org.ebox.message.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebox.common.entity.BelgianTime;

/**
 * When the notices of an unread message fall due. Days are calendar days in Brussels, whatever the server's zone and
 * whatever the clocks do in spring and autumn: a day starts at local midnight, which is 23 or 25 hours after the day
 * before on the days the clocks change.
 * <ul>
 * <li>the new-message notice: when the day of publication has ended (a message read that day never causes one);</li>
 * <li>the reminder: when the message has stayed unread for 15 days, at the start of the 15th day after it;</li>
 * <li>the expiry alert: at the start of the 7th day before the day it expires.</li>
 * </ul>
 */
public record NoticeSchedule(OffsetDateTime newNoticeDue, OffsetDateTime reminderDue, OffsetDateTime expiryAlertDue) {

    public static final int REMINDER_AFTER_DAYS = 15;
    public static final int EXPIRY_ALERT_DAYS_BEFORE = 7;

    public static NoticeSchedule of(OffsetDateTime receiptDate, OffsetDateTime expirationDate) {
        LocalDate published = dayOf(receiptDate);
        return new NoticeSchedule(
                startOf(published.plusDays(1)),
                startOf(published.plusDays(REMINDER_AFTER_DAYS)),
                startOf(dayOf(expirationDate).minusDays(EXPIRY_ALERT_DAYS_BEFORE)));
    }

    /**
     * The first day whose expiries are not "soon": a message expires soon from the day its expiry alert is due, the
     * 7th day before the day it expires, Brussels time. One rule for the alert box, the list's marker and filter, and
     * the alert mail of the nightly run.
     */
    public static LocalDate firstDayNotExpiringSoon(OffsetDateTime now) {
        return dayOf(now).plusDays(EXPIRY_ALERT_DAYS_BEFORE + 1L);
    }

    /** The instant from which expiries are not "soon" (the start of {@link #firstDayNotExpiringSoon}). */
    public static OffsetDateTime expiringSoonBefore(OffsetDateTime now) {
        return startOf(firstDayNotExpiringSoon(now));
    }

    /** Whether a message that expires then expires soon, now. */
    public static boolean expiresSoon(OffsetDateTime expiration, OffsetDateTime now) {
        return expiration.isBefore(expiringSoonBefore(now));
    }

    /** The calendar day of an instant in Brussels. */
    public static LocalDate dayOf(OffsetDateTime instant) {
        return instant.atZoneSameInstant(BelgianTime.ZONE).toLocalDate();
    }

    /** Midnight in Brussels at the start of a day, as an instant in UTC. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BelgianTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
