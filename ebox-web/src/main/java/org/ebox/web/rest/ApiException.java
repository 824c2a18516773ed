package org.ebox.web.rest;

import jakarta.ws.rs.core.Response;

/** A refusal the API answers with the contract's StatusMessage: an HTTP status, a stable code, a human message. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final String code;

    public ApiException(Response.Status status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String what) {
        return new ApiException(Response.Status.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static ApiException invalidInput(String message) {
        return new ApiException(Response.Status.BAD_REQUEST, "INVALID_INPUT", message);
    }

    public Response.Status getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
