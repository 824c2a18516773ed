package org.ebox.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads query parameters as the contract types them. Parameters arrive as text so that a malformed one is answered
 * 400 with its name (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParameters {

    static final int MAX_PAGE_SIZE = 100;

    /**
     * The contract sets no last page; this one keeps the first item's offset, {@code (page - 1) * pageSize}, within
     * what the database takes (an int) for every page size. A box that large does not exist, so nothing is lost.
     */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE + 1;

    private QueryParameters() {}

    /** The contract's page: from 1, default 1. */
    public static int page(String value) {
        return integer("page", value, 1, 1, MAX_PAGE);
    }

    /** The contract's pageSize: 1 to 100, default 25. */
    public static int pageSize(String value) {
        return integer("pageSize", value, 25, 1, MAX_PAGE_SIZE);
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw ApiException.invalidInput(name + " must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.invalidInput(
                    value.trim().matches("[+-]?\\d+")
                            ? name + " must be between " + min + " and " + max
                            : name + " must be a whole number");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidInput(name + " must be a date written yyyy-MM-dd");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalidInput(name + " must be true or false");
        };
    }
}
