package org.ebox.web.auth;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ebox.access.boundary.SignIn.PasswordCheck;
import org.ebox.access.entity.LoginChallenge.Method;

/**
 * A login between its two steps: the password was right, the code is awaited. Kept on the server, in the session;
 * the browser only ever sees the session cookie.
 */
@Named("pendingLogin")
@SessionScoped
public class PendingLogin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String personId;
    private boolean authenticatorApp;
    private String maskedEmail;
    private String challengeId;
    private Method method;
    /** How many codes were mailed for this login: the page says "a new code" from the second on. */
    private int emailedCodes;

    void start(PasswordCheck.Accepted accepted) {
        personId = accepted.personId();
        authenticatorApp = accepted.hasAuthenticatorApp();
        maskedEmail = accepted.maskedEmail();
        challengeId = null;
        method = null;
        emailedCodes = 0;
    }

    void challenge(String challengeId, Method method) {
        this.challengeId = challengeId;
        this.method = method;
        if (method == Method.EMAIL) {
            emailedCodes++;
        }
    }

    void clear() {
        personId = null;
        challengeId = null;
        method = null;
    }

    public boolean isActive() {
        return personId != null;
    }

    public boolean isAppMethod() {
        return method == Method.APP;
    }

    public boolean isEmailMethod() {
        return method == Method.EMAIL;
    }

    /** The code of the page is not the first one mailed for this login. */
    public boolean isEmailedAgain() {
        return method == Method.EMAIL && emailedCodes > 1;
    }

    public boolean isAuthenticatorApp() {
        return authenticatorApp;
    }

    public boolean isEmailPossible() {
        return maskedEmail != null;
    }

    public String getMaskedEmail() {
        return maskedEmail;
    }

    String personId() {
        return personId;
    }

    String challengeId() {
        return challengeId;
    }
}
