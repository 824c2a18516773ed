package org.ebox.platform.security;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;

/**
 * Recognises the container's refusal of a call to a boundary (a method whose roles the caller does not hold), under
 * whatever the web or the API wrapped it in, so that pages answer it with 404 and the API with 403, never with 500.
 */
public final class RoleRefusal {

    private RoleRefusal() {}

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
