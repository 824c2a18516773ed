package org.ebox.operations.boundary;

import jakarta.ejb.ApplicationException;

/** An API client was not registered, or its keys not changed, as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class ApiClientRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; the pages show each in the operator's language, the API names it. */
    public enum Reason {
        /** Empty, over 255 characters, or with characters other than letters, digits and . _ : @ + - (a slash would split the API's paths). */
        CLIENT_ID_INVALID,
        /** Another client has this id (also a revoked one: ids name actors in the records for good). */
        CLIENT_ID_TAKEN,
        /** No client has this id. */
        CLIENT_UNKNOWN,
        /** The client is revoked: nothing of it changes any more. */
        CLIENT_REVOKED,
        /** Not a CBE number with valid check digits. */
        ORGANIZATION_NUMBER_INVALID,
        /** A publication client for an organisation that is no registered institution. */
        INSTITUTION_UNKNOWN,
        /** A consultation client for an enterprise the register does not hold. */
        ENTERPRISE_UNKNOWN,
        /** No purpose, or no way for the client to prove who it is. */
        PURPOSE_MISSING,
        CREDENTIAL_MISSING,
        /** A scope the purpose does not allow (a publication client never consults, and so on). */
        SCOPE_NOT_FOR_PURPOSE,
        /** Neither a JWK nor a PEM public key. */
        KEY_UNREADABLE,
        /** A private key or a shared secret was given: the client must make a new key pair. */
        KEY_PRIVATE,
        /** RSA under 2048 bits, or a curve or key type the API does not take. */
        KEY_WEAK,
        /** The key was revoked: it never counts again. */
        KEY_REVOKED,
        /** The client has no key with this id. */
        KEY_UNKNOWN,
        /** Revoking this key would leave the client without one: add the new key first, or revoke the client. */
        LAST_KEY,
        /** Keys are kept here only for a client whose credential is its public key. */
        KEYS_NOT_KEPT,
        /** Not an https URL (http only on this machine's loopback, for tests and trials). */
        KEY_SET_URL_INVALID
    }

    private final Reason reason;

    public ApiClientRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
