package org.ebox.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.ebox.web.i18n.Language;

/** The logout button: ends the login and the session, then shows the login page again, in the person's language. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    SessionEnd sessionEnd;

    @Inject
    FacesContext faces;

    /** The login page's parameter that says the person has logged out. */
    static final String LOGGED_OUT = "loggedOut=true";

    @Inject
    Language language;

    public void logout() throws ServletException, IOException {
        faces.getExternalContext()
                .redirect(sessionEnd.endThenGoTo(
                        (HttpServletRequest) faces.getExternalContext().getRequest(),
                        language,
                        "/login.xhtml",
                        LOGGED_OUT));
    }
}
