package org.ebox.message.boundary;

import jakarta.ejb.ApplicationException;

/** A publication the e-Box refuses, with the contract's code and the HTTP status to answer; nothing is stored. */
@ApplicationException(rollback = true)
public class PublicationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;

    public PublicationRefused(int httpStatus, String code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public static PublicationRefused invalidInput(String message) {
        return new PublicationRefused(400, "INVALID_INPUT", message);
    }

    public static PublicationRefused invalidSender(String message) {
        return new PublicationRefused(400, "INVALID_SENDER", message);
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getCode() {
        return code;
    }
}
