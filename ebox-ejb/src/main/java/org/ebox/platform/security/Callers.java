package org.ebox.platform.security;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current call, read from the container's security context inside the boundary. A boundary that
 * acts for an enterprise asks here which one; a caller without one is refused, whatever the page passed.
 */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityContext securityContext;

    /** The caller, if the request was authenticated by the e-Box's mechanism. */
    public Optional<Caller> find() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal instanceof Caller caller) {
            return Optional.of(caller);
        }
        return securityContext.getPrincipalsByType(Caller.class).stream().findFirst();
    }

    public Caller current() {
        return find().orElseThrow(() -> new EJBAccessException("No authenticated caller"));
    }

    /** The organisation the caller acts for; refused when it acts for none. */
    public String actingFor() {
        String organisation = current().actingFor();
        if (organisation == null) {
            throw new EJBAccessException("The caller acts for no organisation");
        }
        return organisation;
    }
}
