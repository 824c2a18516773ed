package org.ebox.message.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A publication or reply the e-Box refuses, with the contract's code (the API answers it with the HTTP status the
 * contract gives that code); nothing is stored.
 */
@ApplicationException(rollback = true)
public class PublicationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public PublicationRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public static PublicationRefused invalidInput(String message) {
        return new PublicationRefused("INVALID_INPUT", message);
    }

    public static PublicationRefused invalidSender(String message) {
        return new PublicationRefused("INVALID_SENDER", message);
    }

    public String getCode() {
        return code;
    }
}
