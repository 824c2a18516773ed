package org.ebox.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.ebox.access.boundary.SignIn;
import org.ebox.access.control.AuthenticatorCodes;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The login-security page (app/security.xhtml): a person sets up or replaces the authenticator app that gives the
 * login codes. The new secret stays in this view until the app proves it with a right code.
 */
@Named("loginSecurity")
@ViewScoped
public class LoginSecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ISSUER = "e-Box Enterprise";

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    // @Inject, not @EJB: a session bean's CDI reference is passivation capable, so the bean moves with the session.
    @Inject
    SignIn signIn;

    private String newSecret;
    private String code;

    /** The page answers 404 where the e-Box's own login is closed: the identity provider keeps people's factors. */
    public void openOnlyWithTheEboxLogin() throws IOException {
        if (!signIn.isLocalSignInOpen()) {
            Redirects.notFound(faces);
        }
    }

    public boolean isAppSetUp() {
        return signIn.callerHasAuthenticatorApp();
    }

    public void start() {
        newSecret = AuthenticatorCodes.newSecret();
    }

    public boolean isEnrolling() {
        return newSecret != null;
    }

    /** The secret in groups of four, for typing it into an app by hand. */
    public String getSecretInGroups() {
        return newSecret == null ? null : newSecret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getEnrolmentUri() {
        return AuthenticatorCodes.enrolmentUri(ISSUER, currentUser.getLogin(), newSecret);
    }

    public String getQrCode() {
        return QrCodeSvg.of(getEnrolmentUri(), ISSUER);
    }

    public void confirm() throws IOException {
        if (newSecret != null && signIn.enrolAuthenticatorApp(newSecret, code)) {
            newSecret = null;
            feedback.info("security.enrolled");
            Redirects.to(faces, "/app/security.xhtml");
        } else {
            feedback.error("security.wrongCode");
        }
    }

    public void cancel() {
        newSecret = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
