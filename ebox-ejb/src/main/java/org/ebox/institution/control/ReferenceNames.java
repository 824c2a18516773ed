package org.ebox.institution.control;

import java.util.regex.Pattern;
import org.ebox.common.entity.TranslatedText;
import org.ebox.institution.control.OnboardingRefused.Reason;

/**
 * The rules of what operators name in the senders' reference data: every name in all four languages of the service
 * (an enterprise reads its e-Box in any of them), within its column; identifiers that API clients type and that
 * appear in paths.
 */
public final class ReferenceNames {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");

    private ReferenceNames() {}

    /** The names trimmed; refused when one of the four is missing or longer than {@code maxLength}. */
    public static TranslatedText complete(TranslatedText names, int maxLength) throws OnboardingRefused {
        return TranslatedText.of(
                one(names.getNl(), "NL", maxLength),
                one(names.getFr(), "FR", maxLength),
                one(names.getDe(), "DE", maxLength),
                one(names.getEn(), "EN", maxLength));
    }

    /** An identifier of an application or a message type, trimmed. */
    public static String identifier(String identifier) throws OnboardingRefused {
        String trimmed = identifier == null ? "" : identifier.trim();
        if (!IDENTIFIER.matcher(trimmed).matches()) {
            throw new OnboardingRefused(Reason.IDENTIFIER, trimmed);
        }
        return trimmed;
    }

    private static String one(String name, String language, int maxLength) throws OnboardingRefused {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new OnboardingRefused(Reason.NAME_MISSING, language);
        }
        if (trimmed.length() > maxLength) {
            throw new OnboardingRefused(Reason.NAME_TOO_LONG, language);
        }
        return trimmed;
    }
}
