package org.ebox.enterprise.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number under which the Crossroads Bank for Enterprises (CBE/KBO/BCE) knows an enterprise: ten digits, the first
 * 0 or 1, the last two a check on the first eight (97 minus their remainder by 97). Institutions identify themselves
 * by the same kind of number.
 */
public record EnterpriseNumber(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("[01]\\d{9}");

    public EnterpriseNumber {
        Objects.requireNonNull(value, "enterprise number");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid enterprise number: " + value);
        }
    }

    /**
     * Reads a number as people write it ("0403.170.701", "BE 0403 170 701", or the old nine-digit form) and keeps the
     * ten digits.
     */
    public static EnterpriseNumber parse(String written) {
        String digits = written == null ? "" : written.replaceAll("(?i)^\\s*BE|[\\s.\\-]", "");
        if (digits.length() == 9) {
            digits = "0" + digits;
        }
        return new EnterpriseNumber(digits);
    }

    public static boolean isValid(String digits) {
        if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return check == 97 - (base % 97);
    }

    /** The number with the check digits it needs, for a base of eight digits (used to make demo numbers). */
    public static EnterpriseNumber withCheckDigits(String firstEight) {
        long base = Long.parseLong(firstEight);
        return new EnterpriseNumber(firstEight + String.format("%02d", 97 - (base % 97)));
    }

    /** The written form, 0123.456.789. */
    public String formatted() {
        return value.substring(0, 4) + "." + value.substring(4, 7) + "." + value.substring(7);
    }

    @Override
    public String toString() {
        return value;
    }
}
