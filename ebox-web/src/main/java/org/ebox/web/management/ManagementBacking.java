package org.ebox.web.management;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Date;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.management.boundary.EboxManagement;
import org.ebox.management.boundary.EboxManagement.Settings;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/** The e-Box Management page (app/management.xhtml): the notification address and the fully-digital consent. */
@Named("management")
@RequestScoped
public class ManagementBacking {

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @EJB
    EboxManagement management;

    private Settings settings;
    private String email;
    private boolean consent;

    public Settings getSettings() {
        if (settings == null) {
            settings = management.settings();
        }
        return settings;
    }

    /** For f:convertDateTime, which formats java.util.Date in the page's language and time zone. */
    public Date getFullyDigitalAt() {
        return getSettings().fullyDigitalAt() == null
                ? null
                : Date.from(getSettings().fullyDigitalAt().toInstant());
    }

    public boolean isMayManage() {
        return management.mayManage();
    }

    public boolean isEditing() {
        return "email"
                .equals(faces.getExternalContext().getRequestParameterMap().get("edit"));
    }

    public void changeEmail() throws IOException {
        try {
            management.changeNotificationEmail(email);
            feedback.info("management.emailSaved", email.trim());
            reload();
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        }
    }

    public void consentToFullyDigital() throws IOException {
        try {
            management.consentToFullyDigital(consent);
            feedback.info("management.consentSaved");
            reload();
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        }
    }

    private void reload() throws IOException {
        Redirects.to(faces, "/app/management.xhtml");
    }

    public String getEmail() {
        if (email == null) {
            // Editing starts from the address notifications go to now, also when it is the Chief Access Manager's.
            email = getSettings().effectiveNotificationEmail();
        }
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
