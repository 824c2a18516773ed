package org.ebox.operations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ebox.audit.boundary.ChangeLog;
import org.ebox.audit.entity.ChangeRecord.Action;
import org.ebox.enterprise.control.DomainFile;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.security.Roles;

/**
 * The operators set an enterprise's access domain ('NSSO employer' or 'Company without staff'): one enterprise at a
 * time, or many from a file, all of the file or nothing. Each change is a change record of the enterprise.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class EnterpriseDomains {

    private static final int LOOKUP_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @EJB
    ChangeLog changes;

    public Optional<Enterprise> find(EnterpriseNumber number) {
        return Optional.ofNullable(em.find(Enterprise.class, number.value()));
    }

    /** Sets the domain; empty when the register has no such enterprise. */
    public Optional<Enterprise> set(EnterpriseNumber number, EnterpriseDomain domain) {
        Optional<Enterprise> enterprise = find(number);
        enterprise.ifPresent(found -> change(found, domain, "by hand"));
        return enterprise;
    }

    /** Sets the domains a file gives; answers how many enterprises changed domain. */
    public int setFromFile(String fileName, InputStream file) throws DomainFileRefused {
        DomainFile.Parsed parsed = DomainFile.read(file);
        List<DomainFile.Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, Enterprise> found = registered(parsed.assignments());
        List<Enterprise> enterprises = new ArrayList<>();
        for (DomainFile.Assignment assignment : parsed.assignments()) {
            Enterprise enterprise = found.get(assignment.enterprise().value());
            if (enterprise == null) {
                problems.add(new DomainFile.Problem(
                        assignment.line(),
                        DomainFile.Reason.UNKNOWN,
                        assignment.enterprise().formatted()));
            }
            enterprises.add(enterprise);
        }
        if (!problems.isEmpty() || parsed.assignments().isEmpty()) {
            throw new DomainFileRefused(
                    problems.isEmpty() ? List.of(new DomainFile.Problem(2, DomainFile.Reason.COLUMNS, "")) : problems);
        }
        int changed = 0;
        for (int i = 0; i < enterprises.size(); i++) {
            EnterpriseDomain domain = parsed.assignments().get(i).domain();
            if (enterprises.get(i).getDomain() != domain) {
                change(enterprises.get(i), domain, fileName);
                changed++;
            }
        }
        return changed;
    }

    /** The file's enterprises the register has, read a thousand at a time rather than one query a line. */
    private Map<String, Enterprise> registered(List<DomainFile.Assignment> assignments) {
        Map<String, Enterprise> found = new HashMap<>();
        for (int first = 0; first < assignments.size(); first += LOOKUP_BATCH) {
            List<String> numbers =
                    assignments.subList(first, Math.min(assignments.size(), first + LOOKUP_BATCH)).stream()
                            .map(assignment -> assignment.enterprise().value())
                            .toList();
            em.createQuery("select e from Enterprise e where e.enterpriseNumber in :numbers", Enterprise.class)
                    .setParameter("numbers", numbers)
                    .getResultStream()
                    .forEach(enterprise ->
                            found.put(enterprise.getEnterpriseNumber().value(), enterprise));
        }
        return found;
    }

    private void change(Enterprise enterprise, EnterpriseDomain domain, String how) {
        EnterpriseDomain before = enterprise.getDomain();
        enterprise.changeDomain(domain);
        changes.recordOfOperatorFor(
                enterprise.getEnterpriseNumber().value(), Action.ENTERPRISE_DOMAIN_SET, before + " -> " + domain, how);
    }
}
