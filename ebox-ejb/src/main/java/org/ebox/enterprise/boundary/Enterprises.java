package org.ebox.enterprise.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.platform.security.Callers;
import org.ebox.platform.security.Roles;

/** The enterprises that own an e-Box. */
@Stateless
public class Enterprises {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** The enterprise an API client consults (its own, from its token). */
    @RolesAllowed(Roles.SCOPE_SUMMARY_OWN_EBOX)
    public Optional<Enterprise> ofCaller() {
        return Optional.ofNullable(em.find(Enterprise.class, callers.actingFor()));
    }

    /** How many enterprises there are. Open to every caller: the readiness check has none, and a count names nobody. */
    @PermitAll
    public long count() {
        return em.createQuery("select count(e) from Enterprise e", Long.class).getSingleResult();
    }
}
