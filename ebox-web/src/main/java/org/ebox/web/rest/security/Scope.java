package org.ebox.web.rest.security;

import java.util.Arrays;
import java.util.Optional;
import org.ebox.platform.security.Roles;

/**
 * The OAuth scopes of the real e-Box Enterprise API (consultation profile, document sender guide), and the one of
 * this e-Box's own operators' API, which is no scope of the real service's and so has a name of its own.
 */
public enum Scope {
    /** GET /ebox of the caller's own enterprise. */
    SUMMARY_OWN_EBOX(Scope.PREFIX, "summaryownebox", Roles.SCOPE_SUMMARY_OWN_EBOX),
    /** The caller's own messages: read them, mask them. */
    MESSAGES_FULL(Scope.PREFIX, "messagesfull", Roles.SCOPE_MESSAGES_FULL),
    /** /referenceData/**. */
    REFERENCE_DATA(Scope.PREFIX, "referencedata", Roles.SCOPE_REFERENCE_DATA),
    /** Publishing messages as a sender organisation. */
    PUBLICATION_SENDER(Scope.PREFIX, "publicationsender", Roles.SCOPE_PUBLICATION_SENDER),
    /**
     * The operators' API (onboarding institutions): a token with it is a platform operator's, as an operator signed
     * in to the pages is. The identity provider grants it to the operators' own clients only.
     */
    OPERATIONS("ebox:", "operations", Roles.PLATFORM_OPERATOR);

    public static final String PREFIX = "scope:document:management:consult:ws-eboxrestentreprise:";

    private final String prefix;
    private final String shortName;
    private final String role;

    Scope(String prefix, String shortName, String role) {
        this.prefix = prefix;
        this.shortName = shortName;
        this.role = role;
    }

    /** The container role a token with this scope gives, which the EJB boundaries name. */
    public String role() {
        return role;
    }

    /** The scope as tokens carry it. */
    public String value() {
        return prefix + shortName;
    }

    public String shortName() {
        return shortName;
    }

    /**
     * Reads a scope written in full, or a contract's scope by its last part; anything else is no scope of ours. The
     * operators' scope is read in full only: a scope merely called "operations" at the identity provider, meant for
     * something else, never makes an operator.
     */
    public static Optional<Scope> parse(String written) {
        return Arrays.stream(values())
                .filter(scope -> scope.value().equals(written)
                        || (scope.prefix.equals(PREFIX) && scope.shortName.equals(written)))
                .findFirst();
    }
}
