package org.ebox.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.boundary.PersonDirectory.EnterpriseRole;
import org.ebox.access.entity.Person;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.web.config.auth.EboxAuthenticationMechanism;

/**
 * Who is logged in, and for which of the enterprises this person acts for the pages are shown. Switching enterprise
 * is checked against the person's accesses on the server; an enterprise the person has no access for is refused.
 */
@Named("currentUser")
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String HOME = "/app/home.xhtml";

    // An Instance, not the context itself: Soteria's SecurityContext is a dependent bean that does not serialize,
    // and this bean moves with the session to another node.
    @Inject
    Instance<SecurityContext> securityContext;

    // @Inject, not @EJB: a session bean's CDI reference is passivation capable, so the bean moves with the session.
    @Inject
    PersonDirectory persons;

    @Inject
    EnterpriseRolesOfRequest rolesOfRequest;

    @Inject
    HttpSession session;

    private String personId;
    private String login;
    private String fullName;
    private String preferredLanguage;
    private boolean accessInformationConfirmed;
    /** Enterprises for which an administrator chose 'Pass' on the 'go fully digital' screen in this session. */
    private final Set<String> fullyDigitalPassed = new HashSet<>();

    /** Reads the person once per session, after login. */
    public boolean isKnown() {
        if (personId == null) {
            Principal caller = securityContext.get().getCallerPrincipal();
            if (caller == null) {
                return false;
            }
            Optional<Person> person = persons.findByLogin(caller.getName());
            if (person.isEmpty()) {
                return false;
            }
            personId = person.get().getPersonId();
            login = person.get().getLogin();
            accessInformationConfirmed = person.get().hasConfirmedAccessInformation();
            fullName = person.get().getFullName();
            preferredLanguage = person.get().getPreferredLanguage();
        }
        return true;
    }

    /** The enterprises this person acts for, read fresh so that a withdrawn access takes effect at once. */
    public List<EnterpriseRole> getEnterpriseRoles() {
        return isKnown() ? rolesOfRequest.ofCaller() : List.of();
    }

    /** Each enterprise of the person once (a person may hold several roles for one), by name. */
    public List<Enterprise> getEnterprises() {
        Map<String, Enterprise> byNumber = new LinkedHashMap<>();
        getEnterpriseRoles().forEach(role -> byNumber.putIfAbsent(number(role), role.enterprise()));
        return List.copyOf(byNumber.values());
    }

    /**
     * The access that decides what the pages show for the enterprise acted for: the chosen one, else the person's
     * only enterprise. Of several roles for it, one that opens the e-Box first.
     */
    public Optional<EnterpriseRole> getCurrent() {
        String chosen = chosenEnterpriseNumber();
        List<EnterpriseRole> roles = getEnterpriseRoles();
        String current = chosen != null ? chosen : getEnterprises().size() == 1 ? number(roles.get(0)) : null;
        List<EnterpriseRole> ofCurrent =
                roles.stream().filter(role -> number(role).equals(current)).toList();
        return ofCurrent.stream()
                .filter(EnterpriseRole::grantsEbox)
                .findFirst()
                .or(() -> ofCurrent.stream().findFirst());
    }

    /** Whether the person still has to choose the enterprise to act for (several, none chosen yet). */
    public boolean isEnterpriseChoicePending() {
        return getCurrent().isEmpty() && !getEnterpriseRoles().isEmpty();
    }

    private String chosenEnterpriseNumber() {
        return (String) session.getAttribute(EboxAuthenticationMechanism.SESSION_ENTERPRISE);
    }

    private static String number(EnterpriseRole role) {
        return role.enterprise().getEnterpriseNumber().value();
    }

    public Enterprise getEnterprise() {
        return getCurrent().map(EnterpriseRole::enterprise).orElse(null);
    }

    /** Switches to another enterprise of this person; answers false, and changes nothing, for any other. */
    public boolean switchTo(String enterpriseNumber) {
        boolean allowed = getEnterpriseRoles().stream()
                .anyMatch(
                        role -> role.enterprise().getEnterpriseNumber().value().equals(enterpriseNumber));
        if (allowed) {
            // Read by the authentication mechanism: the container roles of the next request are this enterprise's.
            session.setAttribute(EboxAuthenticationMechanism.SESSION_ENTERPRISE, enterpriseNumber);
        }
        return allowed;
    }

    public String getCurrentEnterpriseNumber() {
        return getCurrent()
                .map(role -> role.enterprise().getEnterpriseNumber().value())
                .orElse(null);
    }

    /**
     * The top bar's switch. The roles and the enterprise of a request are the container's from the moment it came in,
     * and the boundaries read them there: the new enterprise is shown from a new request (post-redirect-get), at its
     * home page, never drawn in the request that still acts for the old one.
     */
    public void setCurrentEnterpriseNumber(String enterpriseNumber) {
        if (enterpriseNumber != null
                && !enterpriseNumber.equals(getCurrentEnterpriseNumber())
                && switchTo(enterpriseNumber)) {
            try {
                Redirects.to(FacesContext.getCurrentInstance(), HOME);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A Local Administrator or co-Local Administrator of the enterprise acted for. */
    public boolean isAdministrator() {
        return getCurrent().isPresent()
                && getEnterpriseRoles().stream()
                        .filter(role -> number(role).equals(number(getCurrent().get())))
                        .anyMatch(role -> role.access().getRole().isAdministrator());
    }

    public boolean isAccessInformationConfirmed() {
        return isKnown() && accessInformationConfirmed;
    }

    public void accessInformationConfirmed() {
        accessInformationConfirmed = true;
    }

    public boolean hasPassedFullyDigital(String enterpriseNumber) {
        return fullyDigitalPassed.contains(enterpriseNumber);
    }

    public void passFullyDigital(String enterpriseNumber) {
        fullyDigitalPassed.add(enterpriseNumber);
    }

    public String getLogin() {
        return isKnown() ? login : null;
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
