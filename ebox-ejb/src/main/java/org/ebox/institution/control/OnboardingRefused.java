package org.ebox.institution.control;

import jakarta.ejb.ApplicationException;

/**
 * What an operator asked of the institutions' reference data was refused: nothing of it was stored. The reason says
 * what was wrong, the value what was given, for the page to say in the operator's language.
 */
@ApplicationException(rollback = true)
public class OnboardingRefused extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not a CBE/KBO enterprise number with right check digits. */
        NUMBER,
        /** An institution with this number exists already. */
        ALREADY_REGISTERED,
        /** A name is missing in one of the four languages (the value says which). */
        NAME_MISSING,
        /** A name is longer than its column (the value says in which language). */
        NAME_TOO_LONG,
        /** The contact is not one plain email address. */
        CONTACT,
        UNKNOWN_ORGANIZATION,
        UNKNOWN_APPLICATION,
        UNKNOWN_TYPE,
        /** A message type some message was published with: it may be withdrawn, not deleted. */
        TYPE_PUBLISHED,
        /** An identifier of an application or a message type: letters, digits, '.', '_' or '-', 1 to 50. */
        IDENTIFIER,
        /** Another application or message type has this identifier. */
        IDENTIFIER_TAKEN,
        /** A validity period of at least one day, month or year, and at most 100 years. */
        VALIDITY,
        LOGO_NONE,
        /** Neither a PNG nor a JPEG image (an SVG is refused here: it may carry scripts). */
        LOGO_NOT_AN_IMAGE,
        /** More bytes than a logo may have. */
        LOGO_TOO_HEAVY,
        /** More pixels wide or high than a logo may be. */
        LOGO_TOO_LARGE
    }

    private final Reason reason;
    private final String value;

    public OnboardingRefused(Reason reason, String value) {
        super(reason + ": " + value);
        this.reason = reason;
        this.value = value == null ? "" : value;
    }

    public Reason reason() {
        return reason;
    }

    public String value() {
        return value;
    }
}
