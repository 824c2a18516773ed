package org.ebox.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.Designations.Designee;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.operations.boundary.ChiefAccessManagers;
import org.ebox.operations.boundary.ChiefAccessManagers.Designation;
import org.ebox.platform.mail.MailNotSent;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The register page's form that designates an enterprise's Chief Access Manager, by login or by email address
 * (someone new then with their names and the language of their invitation).
 */
@Named("chiefAccessManager")
@RequestScoped
public class ChiefAccessManagerBacking {

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    @Inject
    Language language;

    @EJB
    ChiefAccessManagers chiefAccessManagers;

    private String enterpriseNumber;
    private String loginOrEmail;
    private String givenName;
    private String familyName;
    private String inviteLanguage;

    public void designate() throws IOException {
        if (!OperatorPages.mayOperate(faces, feedback)) {
            return;
        }
        Optional<EnterpriseNumber> typed = OperatorPages.enterpriseNumber(enterpriseNumber, feedback);
        if (typed.isEmpty()) {
            return;
        }
        EnterpriseNumber number = typed.get();
        try {
            Designation designation = chiefAccessManagers.designate(
                    number, new Designee(loginOrEmail, givenName, familyName, getInviteLanguage()));
            String outcome;
            if (designation.changed()) {
                outcome = designation.invited() ? "register.cam.invited" : "register.cam.designated";
            } else {
                outcome = designation.invited() ? "register.cam.reinvited" : "register.cam.unchanged";
            }
            feedback.info(outcome, designation.fullName() + " (" + designation.login() + ")", number.formatted());
            Redirects.to(faces, RegisterBacking.PAGE);
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        } catch (MailNotSent notSent) {
            feedback.error("access.notSent");
        }
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public String getLoginOrEmail() {
        return loginOrEmail;
    }

    public void setLoginOrEmail(String loginOrEmail) {
        this.loginOrEmail = loginOrEmail;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    /** The language of someone new's invitation: the page's own until the operator picks another. */
    public String getInviteLanguage() {
        return inviteLanguage == null ? language.getCode() : inviteLanguage;
    }

    public void setInviteLanguage(String inviteLanguage) {
        this.inviteLanguage = inviteLanguage;
    }
}
