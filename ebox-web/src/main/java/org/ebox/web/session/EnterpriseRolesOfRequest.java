package org.ebox.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.access.boundary.PersonDirectory.EnterpriseRole;

/**
 * The person's enterprises and roles, read once per request: fresh on every request (a withdrawn access counts at
 * once), but not once per expression of the page that shows them.
 */
@RequestScoped
public class EnterpriseRolesOfRequest {

    @EJB
    PersonDirectory persons;

    private List<EnterpriseRole> roles;

    /** The calling person's: the request's caller is one person for the whole request. */
    List<EnterpriseRole> ofCaller() {
        if (roles == null) {
            roles = persons.accessesOfCaller();
        }
        return roles;
    }
}
