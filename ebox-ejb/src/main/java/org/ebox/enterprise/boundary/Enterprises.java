package org.ebox.enterprise.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseNumber;

/** The enterprises that own an e-Box. */
@Stateless
public class Enterprises {

    @PersistenceContext
    EntityManager em;

    public Optional<Enterprise> find(EnterpriseNumber number) {
        return Optional.ofNullable(em.find(Enterprise.class, number.value()));
    }

    public long count() {
        return em.createQuery("select count(e) from Enterprise e", Long.class).getSingleResult();
    }
}
