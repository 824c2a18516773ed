package org.ebox.web.rest.security;

import java.util.Arrays;
import java.util.Optional;

/** The OAuth scopes of the real e-Box Enterprise API (consultation profile, document sender guide). */
public enum Scope {
    /** GET /ebox of the caller's own enterprise. */
    SUMMARY_OWN_EBOX("summaryownebox"),
    /** The caller's own messages: read them, mask them. */
    MESSAGES_FULL("messagesfull"),
    /** /referenceData/**. */
    REFERENCE_DATA("referencedata"),
    /** Publishing messages as a sender organisation. */
    PUBLICATION_SENDER("publicationsender");

    public static final String PREFIX = "scope:document:management:consult:ws-eboxrestentreprise:";

    private final String shortName;

    Scope(String shortName) {
        this.shortName = shortName;
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
