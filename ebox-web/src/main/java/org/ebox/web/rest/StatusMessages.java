package org.ebox.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ebox.message.boundary.PublicationRefused;
import org.ebox.platform.ContentStore;
import org.ebox.platform.security.RoleRefusal;
import org.ebox.web.rest.contract.Contract.StatusMessage;

/**
 * Every error of the API is the contract's StatusMessage: a fresh id (also logged, to find the case in the log), a
 * stable code and a message for people. Never a stack trace.
 */
@Provider
public class StatusMessages implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(StatusMessages.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiException refusal) {
            return response(refusal.getStatus().getStatusCode(), refusal.getCode(), refusal.getMessage());
        }
        if (failure instanceof PublicationRefused refused) {
            // The contract's codes: a reused Idempotency-Key is a conflict, every other refusal bad input.
            int status = "IDEMPOTENCY_KEY_REUSED".equals(refused.getCode()) ? 409 : 400;
            return response(status, refused.getCode(), refused.getMessage());
        }
        if (failure instanceof ContentStore.TooLarge tooLarge) {
            return response(413, "INVALID_INPUT", tooLarge.getMessage());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return response(
                    status, codeOf(status), web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (RoleRefusal.isCauseOf(failure)) {
            // A boundary refused the caller's roles: a scope check the resource forgot, still held below it.
            return response(403, "FORBIDDEN", "This operation is not allowed for this caller");
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure " + id, failure);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new StatusMessage(
                        id, "INTERNAL_ERROR", "The e-Box could not answer; the case is logged as " + id))
                .build();
    }

    public static Response response(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new StatusMessage(UUID.randomUUID().toString(), code, message))
                .build();
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "INVALID_INPUT";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
    }
}
