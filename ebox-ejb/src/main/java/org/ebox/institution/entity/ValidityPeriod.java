package org.ebox.institution.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Objects;

/** How long messages of a type stay in the e-Box: a number of days, months or years after their receipt. */
@Embeddable
public class ValidityPeriod {

    /** The contract's validityPeriodUnit values. */
    public enum Unit {
        DAY,
        MONTH,
        YEAR
    }

    @Column(name = "validity_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "validity_unit", nullable = false, length = 5)
    private Unit unit;

    protected ValidityPeriod() {}

    public ValidityPeriod(int number, Unit unit) {
        if (number < 1) {
            throw new IllegalArgumentException("A validity period lasts at least one " + unit);
        }
        this.number = number;
        this.unit = Objects.requireNonNull(unit);
    }

    public static ValidityPeriod days(int number) {
        return new ValidityPeriod(number, Unit.DAY);
    }

    public static ValidityPeriod months(int number) {
        return new ValidityPeriod(number, Unit.MONTH);
    }

    public static ValidityPeriod years(int number) {
        return new ValidityPeriod(number, Unit.YEAR);
    }

    /**
     * The moment a message received at {@code receipt} expires. Months and years follow the calendar, so a message of
     * 31 January with one month expires on the last day of February, never in March.
     */
    public OffsetDateTime expiryAfter(OffsetDateTime receipt) {
        return switch (unit) {
            case DAY -> receipt.plusDays(number);
            case MONTH -> receipt.plusMonths(number);
            case YEAR -> receipt.plusYears(number);
        };
    }

    public int getNumber() {
        return number;
    }

    public Unit getUnit() {
        return unit;
    }
}
