package org.ebox.operations.boundary;

import jakarta.ejb.ApplicationException;

/** The first operator was not created; nothing was changed. */
@ApplicationException(rollback = true)
public class FirstOperatorRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The e-Box has an operator already: the next ones are designated by the operators, on their pages. */
        ALREADY_SET_UP,
        /** Not the token of the data folder's file, or it was used already. */
        WRONG_TOKEN
    }

    private final Reason reason;

    public FirstOperatorRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
