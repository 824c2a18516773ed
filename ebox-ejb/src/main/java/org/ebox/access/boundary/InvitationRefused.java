package org.ebox.access.boundary;

import jakarta.ejb.ApplicationException;

/** An invitation's link that cannot set up a sign-in, or a sign-in it would not accept; nothing was changed. */
@ApplicationException(rollback = true)
public class InvitationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; the invitation page shows each in the person's language. */
    public enum Reason {
        /** No invitation has this link (mistyped, or never sent). */
        UNKNOWN,
        /** The link was used already, or a newer invitation replaced it: each link works once. */
        USED,
        EXPIRED,
        /** The e-Box's own sign-in is closed: the person signs in through the identity provider. */
        LOCAL_SIGN_IN_CLOSED,
        PASSWORD_TOO_SHORT,
        PASSWORD_TOO_LONG,
        PASSWORD_IS_LOGIN,
        PASSWORDS_DIFFER,
        /** The authenticator app's code does not match the secret it was shown. */
        WRONG_CODE
    }

    private final Reason reason;

    public InvitationRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
