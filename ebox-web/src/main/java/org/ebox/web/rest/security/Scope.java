package org.ebox.web.rest.security;

import java.util.Arrays;
import java.util.Optional;
import org.ebox.platform.security.Roles;

/** The OAuth scopes of the real e-Box Enterprise API (consultation profile, document sender guide). */
public enum Scope {
    /** GET /ebox of the caller's own enterprise. */
    SUMMARY_OWN_EBOX("summaryownebox", Roles.SCOPE_SUMMARY_OWN_EBOX),
    /** The caller's own messages: read them, mask them. */
    MESSAGES_FULL("messagesfull", Roles.SCOPE_MESSAGES_FULL),
    /** /referenceData/**. */
    REFERENCE_DATA("referencedata", Roles.SCOPE_REFERENCE_DATA),
    /** Publishing messages as a sender organisation. */
    PUBLICATION_SENDER("publicationsender", Roles.SCOPE_PUBLICATION_SENDER);

    public static final String PREFIX = "scope:document:management:consult:ws-eboxrestentreprise:";

    private final String shortName;
    private final String role;

    Scope(String shortName, String role) {
        this.shortName = shortName;
        this.role = role;
    }

    /** The container role a token with this scope gives, which the EJB boundaries name. */
    public String role() {
        return role;
    }

    /** The scope as tokens carry it. */
    public String value() {
        return PREFIX + shortName;
    }

    public String shortName() {
        return shortName;
    }

    /** Reads a scope written in full or by its last part; anything else is no scope of ours. */
    public static Optional<Scope> parse(String written) {
        return Arrays.stream(values())
                .filter(scope -> scope.value().equals(written) || scope.shortName.equals(written))
                .findFirst();
    }
}
