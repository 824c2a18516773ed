package org.ebox.institution.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ValidityPeriodTest {

    private static final OffsetDateTime RECEIPT = OffsetDateTime.parse("2026-01-31T09:30:00+01:00");

    @Test
    void dayPeriodExpiresThatManyDaysLaterAtTheSameTime() {
        assertEquals(
                OffsetDateTime.parse("2026-03-02T09:30:00+01:00"),
                ValidityPeriod.days(30).expiryAfter(RECEIPT));
    }

    @Test
    void monthPeriodEndsOnTheLastDayOfAShorterMonthNeverInTheNext() {
        assertEquals(
                OffsetDateTime.parse("2026-02-28T09:30:00+01:00"),
                ValidityPeriod.months(1).expiryAfter(RECEIPT));
    }

    @Test
    void yearPeriodFromLeapDayEndsOnTheTwentyEighthOfFebruary() {
        OffsetDateTime leapDay = OffsetDateTime.parse("2028-02-29T12:00:00+01:00");
        assertEquals(
                OffsetDateTime.parse("2029-02-28T12:00:00+01:00"),
                ValidityPeriod.years(1).expiryAfter(leapDay));
    }

    @Test
    void periodOfZeroOrLessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.days(0));
        assertThrows(IllegalArgumentException.class, () -> ValidityPeriod.months(-1));
    }
}
