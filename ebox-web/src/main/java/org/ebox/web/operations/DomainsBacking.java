package org.ebox.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.ebox.enterprise.control.DomainFile;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.operations.boundary.DomainFileRefused;
import org.ebox.operations.boundary.EnterpriseDomains;
import org.ebox.web.session.Feedback;
import org.ebox.web.session.Redirects;

/**
 * The register page's forms of the access domain: one enterprise by its number, or many from a file. A file with a
 * bad line changes nothing; the page lists its first bad lines with what is wrong.
 */
@Named("domains")
@RequestScoped
public class DomainsBacking {

    /** How many bad lines of a refused file the page lists. */
    static final int PROBLEMS_SHOWN = 20;

    @Inject
    FacesContext faces;

    @Inject
    Feedback feedback;

    @EJB
    EnterpriseDomains domains;

    private String enterpriseNumber;
    private EnterpriseDomain domain = EnterpriseDomain.NSSO_EMPLOYER;
    private Part file;

    public List<EnterpriseDomain> getChoices() {
        return List.of(EnterpriseDomain.values());
    }

    public void set() throws IOException {
        if (!mayOperate()) {
            return;
        }
        Optional<EnterpriseNumber> typed = OperatorPages.enterpriseNumber(enterpriseNumber, feedback);
        if (typed.isEmpty()) {
            return;
        }
        EnterpriseNumber number = typed.get();
        Optional<Enterprise> changed = domains.set(number, domain);
        if (changed.isEmpty()) {
            feedback.error("register.domain.unknown", number.formatted());
            return;
        }
        feedback.info(
                "register.domain.set",
                changed.get().getName() + " (" + number.formatted() + ")",
                feedback.text("domain." + domain.name()));
        Redirects.to(faces, RegisterBacking.PAGE);
    }

    public void setFromFile() throws IOException {
        if (!mayOperate()) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            feedback.error("register.file.none");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            int changed = domains.setFromFile(
                    Optional.ofNullable(file.getSubmittedFileName()).orElse("domains.csv"), in);
            feedback.info("register.domains.set", String.valueOf(changed));
        } catch (DomainFileRefused refused) {
            feedback.error(
                    "register.domains.refused",
                    String.valueOf(refused.getProblems().size()));
            for (DomainFile.Problem problem : refused.getProblems()
                    .subList(0, Math.min(PROBLEMS_SHOWN, refused.getProblems().size()))) {
                feedback.error(
                        "register.domains.problem",
                        String.valueOf(problem.line()),
                        feedback.text(
                                "register.domains.reason." + problem.reason().name()),
                        problem.value());
            }
            return;
        } finally {
            file.delete();
        }
        Redirects.to(faces, RegisterBacking.PAGE);
    }

    private boolean mayOperate() {
        return OperatorPages.mayOperate(faces, feedback);
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public void setEnterpriseNumber(String enterpriseNumber) {
        this.enterpriseNumber = enterpriseNumber;
    }

    public EnterpriseDomain getDomain() {
        return domain;
    }

    public void setDomain(EnterpriseDomain domain) {
        this.domain = domain;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
