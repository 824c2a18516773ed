package org.ebox.web.auth;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.ebox.access.boundary.SignIn;
import org.ebox.access.boundary.SignIn.CodeCheck;
import org.ebox.access.boundary.SignIn.PasswordCheck;
import org.ebox.access.entity.LoginChallenge.Method;
import org.ebox.common.entity.BelgianTime;
import org.ebox.platform.mail.MailNotSent;
import org.ebox.web.config.auth.EboxAuthenticationMechanism;
import org.ebox.web.config.auth.IdentityProvider;
import org.ebox.web.config.auth.SecondFactorCredential;
import org.ebox.web.config.http.ClientAddresses;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The two login pages. login.xhtml takes the username and password; login-code.xhtml then takes the one-time code
 * from the person's authenticator app, or from an email the person asks for there. Only a right code logs in, and
 * only then does the container learn who the person is.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    Feedback feedback;

    static final String HOME = "/app/home.xhtml";
    private static final java.util.Set<String> PROVIDER_REFUSALS = java.util.Set.of("unknown", "assurance", "failed");
    static final String CODE_PAGE = "/login-code.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    PendingLogin pending;

    @EJB
    SignIn signIn;

    @Inject
    IdentityProvider identityProvider;

    private String login;
    private String password;
    private String code;

    /** Step one: the password. A right one opens the second step with the person's usual factor. */
    public void login() throws IOException {
        PasswordCheck check = signIn.checkPassword(login, password, clientAddress());
        if (check instanceof PasswordCheck.Accepted accepted) {
            pending.start(accepted);
            Method method = accepted.hasAuthenticatorApp() ? Method.APP : Method.EMAIL;
            if (openChallenge(method)) {
                redirect(CODE_PAGE);
            } else {
                pending.clear();
            }
        } else if (check instanceof PasswordCheck.LockedOut locked) {
            feedback.error("login.locked", until(locked.until()));
        } else {
            feedback.error("login.failed");
        }
    }

    /** Step two: the code. */
    public void submitCode() throws IOException {
        if (!pending.isActive()) {
            feedback.error("login.code.noLogin");
            return;
        }
        ExternalContext external = faces.getExternalContext();
        SecondFactorCredential credential = new SecondFactorCredential(pending.challengeId(), code);
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            pending.clear();
            language.preferIfNotChosen(currentUser.getPreferredLanguage());
            // A fresh request after login: on the first one Payara may not see the roles yet (Payara issue 4734).
            redirect(pageAfterLogin(external));
            return;
        }
        CodeCheck outcome = credential.outcome();
        if (outcome instanceof CodeCheck.WrongCode) {
            feedback.error("login.code.wrong");
        } else if (outcome instanceof CodeCheck.LockedOut locked) {
            pending.clear();
            feedback.error("login.locked", until(locked.until()));
        } else {
            feedback.error("login.code.closed");
        }
    }

    /** "Send me a code by email" (instead of the app, or a new one): the page's instructions then say so, once. */
    public void sendEmailCode() {
        if (pending.isActive()) {
            openChallenge(Method.EMAIL);
        }
    }

    /** "Use my authenticator app" after asking for an email. */
    public void useAuthenticatorApp() {
        if (pending.isActive()) {
            openChallenge(Method.APP);
        }
    }

    public void cancel() throws IOException {
        pending.clear();
        redirect("/login.xhtml");
    }

    private boolean openChallenge(Method method) {
        Optional<String> challenge;
        try {
            challenge = signIn.startChallenge(pending.personId(), method, clientAddress());
        } catch (MailNotSent e) {
            feedback.error("login.code.mailFailed");
            return false;
        }
        if (challenge.isEmpty()) {
            feedback.error(method == Method.EMAIL ? "login.code.tooMany" : "login.code.noApp");
            return false;
        }
        pending.challenge(challenge.get(), method);
        return true;
    }

    /** Where the request comes from, also behind a trusted proxy: failed steps are counted per address. */
    private String clientAddress() {
        return clientAddresses.of(
                (HttpServletRequest) faces.getExternalContext().getRequest());
    }

    /** The page the person asked for before logging in, if it was one of ours; else the home page. */
    private static String pageAfterLogin(ExternalContext external) {
        Object requested = external.getSessionMap().remove(EboxAuthenticationMechanism.SESSION_REQUESTED_PAGE);
        return requested instanceof String page && page.startsWith("/app/") ? page : HOME;
    }

    private void redirect(String page) throws IOException {
        Redirects.to(faces, page);
    }

    private String until(OffsetDateTime until) {
        return until.atZoneSameInstant(BelgianTime.ZONE)
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.getLocale()));
    }

    /** Whether the e-Box's own login form is offered (closed where only the identity provider signs in). */
    public boolean isLocalSignInOpen() {
        return signIn.isLocalSignInOpen();
    }

    /** Whether "Log in with" the agency's identity provider is offered. */
    public boolean isProviderConfigured() {
        return identityProvider.isConfigured();
    }

    public String getProviderName() {
        return identityProvider.displayName();
    }

    /**
     * Why the last sign-in through the provider did not open the e-Box, as the key of its text: the callback names
     * the reason in the login page's {@code provider} parameter; anything else there is no reason of ours.
     */
    public String getProviderRefusal() {
        String reason = faces.getExternalContext().getRequestParameterMap().get("provider");
        return reason != null && PROVIDER_REFUSALS.contains(reason) ? "login.provider." + reason : null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
