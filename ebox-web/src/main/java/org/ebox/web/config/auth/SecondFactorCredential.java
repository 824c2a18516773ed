package org.ebox.web.config.auth;

import jakarta.security.enterprise.credential.Credential;
import org.ebox.access.boundary.SignIn.CodeCheck;

/**
 * The second step of a login: the open challenge (made by the server once the password was right, kept in the
 * session, never sent to the browser) and the code the person typed. The identity store leaves the outcome here, so
 * that the login page can say why a code was refused.
 */
public final class SecondFactorCredential implements Credential {

    private final String challengeId;
    private final String code;
    private CodeCheck outcome;

    public SecondFactorCredential(String challengeId, String code) {
        this.challengeId = challengeId;
        this.code = code;
    }

    public String challengeId() {
        return challengeId;
    }

    public String code() {
        return code;
    }

    public CodeCheck outcome() {
        return outcome;
    }

    void outcome(CodeCheck outcome) {
        this.outcome = outcome;
    }

    @Override
    public void clear() {
        // Nothing secret to wipe: the code is worthless once checked.
    }
}
