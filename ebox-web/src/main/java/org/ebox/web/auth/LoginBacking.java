package org.ebox.web.auth;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.ebox.web.config.auth.EboxAuthenticationMechanism;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;

/** The login page (login.xhtml). */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/app/home.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String login;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(login, new Password(password))).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                language.preferIfNotChosen(currentUser.getPreferredLanguage());
                // A fresh request after login: on the first one Payara may not see the roles yet (Payara issue 4734).
                external.redirect(external.getRequestContextPath() + pageAfterLogin(external));
            }
            default -> {
                ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, i18n.getString("login.failed"),
                        null));
            }
        }
    }

    /** The page the person asked for before logging in, if it was one of ours; else the home page. */
    private static String pageAfterLogin(ExternalContext external) {
        Object requested = external.getSessionMap().remove(EboxAuthenticationMechanism.SESSION_REQUESTED_PAGE);
        return requested instanceof String page && page.startsWith("/app/") ? page : HOME;
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
}
