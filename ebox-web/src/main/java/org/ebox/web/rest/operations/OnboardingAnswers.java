package org.ebox.web.rest.operations;

import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.institution.control.OnboardingRefused;
import org.ebox.web.rest.ApiException;

/** How the operators' API says a refusal: its reason as the code, the pages' English words as the message. */
final class OnboardingAnswers {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.ebox.web.i18n.messages", Locale.ROOT);

    private OnboardingAnswers() {}

    /** A text of the pages in English, its argument filled in. */
    static String english(String key, String argument) {
        return new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(new Object[] {argument});
    }

    /** A designation refused: an unknown enterprise is the path's (404); the rest is bad input (400). */
    static ApiException refusal(AccessRefused refused) {
        if (refused.reason() == AccessRefused.Reason.ENTERPRISE_UNKNOWN) {
            return ApiException.notFound("Enterprise");
        }
        Response.Status status = refused.reason() == AccessRefused.Reason.NOT_PERMITTED
                ? Response.Status.FORBIDDEN
                : Response.Status.BAD_REQUEST;
        return new ApiException(
                status,
                refused.reason().name(),
                ENGLISH.getString("refused." + refused.reason().name()));
    }

    /** An unknown institution or type is the path's: 404, as for any id the API does not know. */
    static ApiException refusal(OnboardingRefused refused) {
        Response.Status status = switch (refused.reason()) {
            case ALREADY_REGISTERED, IDENTIFIER_TAKEN, TYPE_PUBLISHED -> Response.Status.CONFLICT;
            case UNKNOWN_ORGANIZATION, UNKNOWN_TYPE -> Response.Status.NOT_FOUND;
            default -> Response.Status.BAD_REQUEST;
        };
        if (status == Response.Status.NOT_FOUND) {
            return ApiException.notFound(
                    refused.reason() == OnboardingRefused.Reason.UNKNOWN_TYPE ? "Message type" : "Institution");
        }
        String text =
                ENGLISH.getString("institutions.refused." + refused.reason().name());
        return new ApiException(
                status,
                refused.reason().name(),
                new MessageFormat(text, Locale.ENGLISH).format(new Object[] {refused.value()}));
    }
}
