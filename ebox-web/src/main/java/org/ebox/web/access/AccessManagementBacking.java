package org.ebox.web.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.ebox.access.boundary.AccessManagement;
import org.ebox.access.boundary.AccessManagement.AccessLine;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.Designations.Designee;
import org.ebox.access.entity.AccessRole;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord;
import org.ebox.platform.mail.MailNotSent;
import org.ebox.web.i18n.Language;
import org.ebox.web.session.CurrentUser;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The access management page (app/access/users.xhtml) of the enterprise acted for. What the page offers follows the
 * roles; what the services accept is checked again there, whatever the page sent.
 */
@Named("accessManagement")
@RequestScoped
public class AccessManagementBacking {

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    Language language;

    @EJB
    AccessManagement management;

    @EJB
    ChangeLog changeLog;

    private List<AccessLine> accesses;
    private Set<AccessRole> manageableRoles;
    private String newLogin;
    private String newGivenName;
    private String newFamilyName;
    private String newLanguage;
    private AccessRole newRole = AccessRole.USER;
    private boolean newBox;

    public List<AccessLine> getAccesses() {
        if (accesses == null) {
            accesses = management.accesses();
        }
        return accesses;
    }

    /** Read once per request: the access list asks it for every row. */
    public Set<AccessRole> getManageableRoles() {
        if (manageableRoles == null) {
            manageableRoles = management.manageableRoles();
        }
        return manageableRoles;
    }

    public boolean mayChange(AccessLine line) {
        return getManageableRoles().contains(line.role()) && !line.personLogin().equals(currentUser.getLogin());
    }

    public List<ChangeRecord> getChanges() {
        return changeLog.ofCallersEnterprise(20);
    }

    public void grant() throws IOException {
        try {
            boolean invited = management.grant(
                    new Designee(newLogin, newGivenName, newFamilyName, getNewLanguage()), newRole, newBox);
            feedback.info(invited ? "access.invited" : "access.granted", newLogin.strip());
            reload();
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        } catch (MailNotSent notSent) {
            feedback.error("access.notSent");
        }
    }

    public void withdraw(AccessLine line) throws IOException {
        try {
            management.withdraw(line.accessId());
            feedback.info("access.withdrawn", line.fullName());
            reload();
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        }
    }

    public void toggleBox(AccessLine line) throws IOException {
        try {
            management.tickEboxAdministratorBox(line.accessId(), !line.eboxAdministratorBox());
            feedback.info(line.eboxAdministratorBox() ? "access.boxUnticked" : "access.boxTicked", line.fullName());
            reload();
        } catch (AccessRefused refused) {
            feedback.refused(refused);
        }
    }

    private void reload() throws IOException {
        Redirects.to(faces, "/app/access/users.xhtml");
    }

    public String getNewLogin() {
        return newLogin;
    }

    public void setNewLogin(String newLogin) {
        this.newLogin = newLogin;
    }

    public String getNewGivenName() {
        return newGivenName;
    }

    public void setNewGivenName(String newGivenName) {
        this.newGivenName = newGivenName;
    }

    public String getNewFamilyName() {
        return newFamilyName;
    }

    public void setNewFamilyName(String newFamilyName) {
        this.newFamilyName = newFamilyName;
    }

    /** The language of someone new's invitation: the page's own until the designator picks another. */
    public String getNewLanguage() {
        return newLanguage == null ? language.getCode() : newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = newLanguage;
    }

    public AccessRole getNewRole() {
        return newRole;
    }

    public void setNewRole(AccessRole newRole) {
        this.newRole = newRole;
    }

    public boolean isNewBox() {
        return newBox;
    }

    public void setNewBox(boolean newBox) {
        this.newBox = newBox;
    }
}
