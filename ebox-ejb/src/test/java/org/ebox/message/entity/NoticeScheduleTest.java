package org.ebox.message.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.ebox.common.entity.BelgianTime;
import org.junit.jupiter.api.Test;

class NoticeScheduleTest {

    /** A time on the Brussels wall clock, as the instant it is. */
    private static OffsetDateTime brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BelgianTime.ZONE).toOffsetDateTime();
    }

    private static NoticeSchedule publishedAt(String localDateTime) {
        OffsetDateTime receipt = brussels(localDateTime);
        return NoticeSchedule.of(receipt, receipt.plusYears(1));
    }

    @Test
    void aMessageExpiresSoonFromTheDayItsExpiryAlertIsDueAndNotBefore() {
        OffsetDateTime received = brussels("2026-01-05T10:00");
        for (String expiry :
                java.util.List.of("2026-03-10T00:00", "2026-03-10T23:59", "2026-03-29T12:00", "2026-10-25T02:30")) {
            OffsetDateTime expiration = brussels(expiry);
            OffsetDateTime alertDue = NoticeSchedule.of(received, expiration).expiryAlertDue();
            assertTrue(NoticeSchedule.expiresSoon(expiration, alertDue), expiry + ": soon on the alert's day");
            assertTrue(
                    NoticeSchedule.expiresSoon(expiration, expiration.minusMinutes(1)), expiry + ": soon at the end");
            assertFalse(
                    NoticeSchedule.expiresSoon(expiration, alertDue.minusMinutes(1)),
                    expiry + ": not soon the evening before the alert");
        }
    }

    @Test
    void aMessagePublishedAt2359IsDueAtTheNextMidnightInBrussels() {
        assertEquals(
                brussels("2026-11-27T00:00").toInstant(),
                publishedAt("2026-11-26T23:59").newNoticeDue().toInstant());
    }

    @Test
    void aMessagePublishedAt0001WaitsForTheEndOfThatDay() {
        assertEquals(
                brussels("2026-11-28T00:00").toInstant(),
                publishedAt("2026-11-27T00:01").newNoticeDue().toInstant());
    }

    @Test
    void theDayIsTheBrusselsDayEvenWhenItIsAnotherDayInUtc() {
        // 23:30 in Brussels in winter is 22:30 UTC the same day; 00:30 in Brussels is still the day before in UTC.
        assertEquals(
                brussels("2026-01-16T00:00").toInstant(),
                publishedAt("2026-01-15T23:30").newNoticeDue().toInstant());
        assertEquals(
                brussels("2026-01-17T00:00").toInstant(),
                publishedAt("2026-01-16T00:30").newNoticeDue().toInstant());
    }

    @Test
    void onTheDayTheClocksGoForwardTheDayHas23HoursAndEndsAtLocalMidnight() {
        // 29 March 2026: 02:00 becomes 03:00 in Brussels.
        NoticeSchedule schedule = publishedAt("2026-03-29T00:30");
        assertEquals(
                brussels("2026-03-30T00:00").toInstant(),
                schedule.newNoticeDue().toInstant());
        assertEquals(Duration.ofHours(23), Duration.between(brussels("2026-03-29T00:00"), schedule.newNoticeDue()));
    }

    @Test
    void onTheDayTheClocksGoBackTheDayHas25HoursAndEndsAtLocalMidnight() {
        // 25 October 2026: 03:00 becomes 02:00 in Brussels.
        NoticeSchedule schedule = publishedAt("2026-10-25T23:59");
        assertEquals(
                brussels("2026-10-26T00:00").toInstant(),
                schedule.newNoticeDue().toInstant());
        assertEquals(Duration.ofHours(25), Duration.between(brussels("2026-10-25T00:00"), schedule.newNoticeDue()));
    }

    @Test
    void theReminderIsDueAtTheStartOfThe15thDayAfterPublication() {
        assertEquals(
                brussels("2026-11-16T00:00").toInstant(),
                publishedAt("2026-11-01T09:00").reminderDue().toInstant());
        // Across the change to winter time the day count stays in calendar days.
        assertEquals(
                brussels("2026-11-04T00:00").toInstant(),
                publishedAt("2026-10-20T18:00").reminderDue().toInstant());
    }

    @Test
    void theExpiryAlertIsDueAtTheStartOfThe7thDayBeforeTheExpiryDay() {
        OffsetDateTime receipt = brussels("2026-01-10T10:00");
        NoticeSchedule schedule = NoticeSchedule.of(receipt, brussels("2026-04-02T10:00"));
        // Expires on 2 April: the alert is due from 26 March, before the clocks go forward on the 29th.
        assertEquals(
                brussels("2026-03-26T00:00").toInstant(),
                schedule.expiryAlertDue().toInstant());
    }
}
