package org.ebox.web.config.auth;

import jakarta.security.enterprise.credential.Credential;
import org.ebox.access.boundary.SignIn.ProviderAccount;

/**
 * A sign-in the identity provider made and {@link IdentityProvider} checked (ID token, nonce, level of assurance):
 * only the callback makes one, from a verified token. The identity store says here whether the e-Box knows the person,
 * so that the callback can tell an unknown person whom to ask.
 */
public final class ProviderCredential implements Credential {

    private final ProviderAccount account;
    private boolean known;

    public ProviderCredential(ProviderAccount account) {
        this.account = account;
    }

    public ProviderAccount account() {
        return account;
    }

    public boolean known() {
        return known;
    }

    void known(boolean known) {
        this.known = known;
    }
}
