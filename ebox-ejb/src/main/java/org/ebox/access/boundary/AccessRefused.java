package org.ebox.access.boundary;

import jakarta.ejb.ApplicationException;

/** A change of access or of the e-Box's settings that the rules do not allow; nothing was changed. */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; the pages show each in the person's language. */
    public enum Reason {
        /** The actor holds no role for the enterprise that allows this. Pages answer 404. */
        NOT_PERMITTED,
        PERSON_UNKNOWN,
        ALREADY_HOLDS,
        OWN_ACCESS,
        INVALID_EMAIL,
        NOT_CONFIRMED,
        /** Several persons have the address given: the designator gives the login instead. */
        AMBIGUOUS_EMAIL,
        /** Someone new is designated by email without both names (or with names over 100 characters). */
        NAMES_MISSING,
        /** An operator designates for an enterprise the register does not hold. */
        ENTERPRISE_UNKNOWN,
        /** An operator designates for an enterprise that the register says is closed. */
        ENTERPRISE_CLOSED
    }

    private final Reason reason;

    public AccessRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
