package org.ebox.web.welcome;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ResourceBundle;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.management.boundary.EboxManagement;
import org.ebox.web.auth.SessionEnd;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.AppGate;
import org.ebox.web.session.CurrentUser;

/**
 * The screens of a first login (app/welcome/): the access information to confirm or deny, the enterprise to act for,
 * and the offer to go fully digital. Each answer leads on to the next step, and in the end to the page first asked for.
 */
@Named("welcome")
@RequestScoped
public class WelcomeBacking {

    @Inject
    SessionEnd sessionEnd;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @EJB
    PersonDirectory persons;

    @EJB
    EboxManagement management;

    @Inject
    Language language;

    private boolean consent;

    public void confirmAccessInformation() throws IOException {
        persons.answerAccessInformation(true);
        currentUser.accessInformationConfirmed();
        carryOn();
    }

    /** Without the data it needs, e-Box cannot work: the denial is kept, the person is logged out and told why. */
    public void denyAccessInformation() throws IOException, ServletException {
        persons.answerAccessInformation(false);
        ExternalContext external = faces.getExternalContext();
        external.redirect(sessionEnd.endThenGoTo(
                (HttpServletRequest) external.getRequest(), language, "/access-denied.xhtml", null));
    }

    public void chooseEnterprise(String enterpriseNumber) throws IOException {
        if (currentUser.switchTo(enterpriseNumber)) {
            carryOn();
        }
    }

    public void consentToFullyDigital() throws IOException {
        try {
            management.consentToFullyDigital(consent);
            carryOn();
        } catch (AccessRefused refused) {
            ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
            faces.addMessage(
                    "fullyDigital:consent",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, i18n.getString("fullyDigital.tickFirst"), null));
        }
    }

    public void passFullyDigital() throws IOException {
        currentUser.passFullyDigital(currentUser.getCurrentEnterpriseNumber());
        carryOn();
    }

    /** To the page first asked for; the gate sends the person to the next step first if one is left. */
    private void carryOn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        Object after = external.getSessionMap().remove(AppGate.SESSION_AFTER_WELCOME);
        String page = after instanceof String asked && asked.startsWith("/app/") ? asked : "/app/home.xhtml";
        external.redirect(external.getRequestContextPath() + page);
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
