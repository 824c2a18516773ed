package org.ebox.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.boundary.PersonDirectory.EnterpriseRole;
import org.ebox.access.entity.Person;
import org.ebox.enterprise.entity.Enterprise;

/**
 * Who is logged in, and for which of the enterprises this person acts for the pages are shown. Switching enterprise
 * is checked against the person's accesses on the server; an enterprise the person has no access for is refused.
 */
@Named("currentUser")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext securityContext;

    @EJB
    PersonDirectory persons;

    @Inject
    EnterpriseRolesOfRequest rolesOfRequest;

    private String personId;
    private String fullName;
    private String preferredLanguage;
    private String currentEnterpriseNumber;

    /** Reads the person once per session, after login. */
    public boolean isKnown() {
        if (personId == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                return false;
            }
            Optional<Person> person = persons.findByLogin(caller.getName());
            if (person.isEmpty()) {
                return false;
            }
            personId = person.get().getPersonId();
            fullName = person.get().getFullName();
            preferredLanguage = person.get().getPreferredLanguage();
        }
        return true;
    }

    /** The enterprises this person acts for, read fresh so that a withdrawn access takes effect at once. */
    public List<EnterpriseRole> getEnterpriseRoles() {
        return isKnown() ? rolesOfRequest.of(personId) : List.of();
    }

    /** The enterprise the pages are about: the one chosen, else the first with an e-Box, else the first. */
    public Optional<EnterpriseRole> getCurrent() {
        List<EnterpriseRole> roles = getEnterpriseRoles();
        return roles.stream()
                .filter(role -> role.enterprise().getEnterpriseNumber().value().equals(currentEnterpriseNumber))
                .findFirst()
                .or(() -> roles.stream().filter(EnterpriseRole::grantsEbox).findFirst())
                .or(() -> roles.stream().findFirst());
    }

    public Enterprise getEnterprise() {
        return getCurrent().map(EnterpriseRole::enterprise).orElse(null);
    }

    public boolean isEboxAllowed() {
        return getCurrent().map(EnterpriseRole::grantsEbox).orElse(false);
    }

    /** Switches to another enterprise of this person; answers false, and changes nothing, for any other. */
    public boolean switchTo(String enterpriseNumber) {
        boolean allowed = getEnterpriseRoles().stream()
                .anyMatch(role -> role.enterprise().getEnterpriseNumber().value().equals(enterpriseNumber));
        if (allowed) {
            currentEnterpriseNumber = enterpriseNumber;
        }
        return allowed;
    }

    public String getCurrentEnterpriseNumber() {
        return getCurrent().map(role -> role.enterprise().getEnterpriseNumber().value()).orElse(null);
    }

    public void setCurrentEnterpriseNumber(String enterpriseNumber) {
        switchTo(enterpriseNumber);
    }

    public String getPersonId() {
        return isKnown() ? personId : null;
    }

    public String getFullName() {
        return isKnown() ? fullName : null;
    }

    public String getPreferredLanguage() {
        return isKnown() ? preferredLanguage : null;
    }
}
