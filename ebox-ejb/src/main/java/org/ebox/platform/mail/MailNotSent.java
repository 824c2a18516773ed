package org.ebox.platform.mail;

import jakarta.ejb.ApplicationException;

/** The mail could not be handed to the SMTP server (or written to the mail folder); the caller's work rolls back. */
@ApplicationException(rollback = true)
public class MailNotSent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
