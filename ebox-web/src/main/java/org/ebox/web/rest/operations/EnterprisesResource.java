package org.ebox.web.rest.operations;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ebox.access.boundary.AccessRefused;
import org.ebox.access.boundary.Designations.Designee;
import org.ebox.enterprise.entity.EnterpriseDomain;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.control.OnboardingRefused;
import org.ebox.operations.boundary.ChiefAccessManagers;
import org.ebox.operations.boundary.ChiefAccessManagers.ChiefAccessManager;
import org.ebox.operations.boundary.ChiefAccessManagers.Designation;
import org.ebox.operations.boundary.EnterpriseDomains;
import org.ebox.platform.mail.MailNotSent;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * /enterprises/{number}: its access domain (PUT domain), and chiefAccessManager: who manages an enterprise's access (GET), and its designation (PUT), by
 * login or email address; someone new gets an invitation by mail. A retry designates nobody twice and mails nothing
 * more while the invitation works.
 */
@Path("enterprises/{enterpriseNumber}")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.OPERATIONS)
public class EnterprisesResource {

    @EJB
    ChiefAccessManagers chiefAccessManagers;

    @EJB
    EnterpriseDomains domains;

    /** What PUT takes: the person by login or email address; names and language for someone new. */
    public record DesignationRequest(String person, String givenName, String familyName, String language) {}

    public record DesignationView(String login, String fullName, boolean changed, boolean invited) {}

    public record DomainChange(String domain) {}

    public record DomainView(String enterpriseNumber, String name, String domain) {}

    public record ChiefAccessManagerList(List<ChiefAccessManager> items, int totalItems) {}

    @GET
    @Path("chiefAccessManager")
    public ChiefAccessManagerList get(@PathParam("enterpriseNumber") String enterpriseNumber) {
        List<ChiefAccessManager> items = chiefAccessManagers.of(number(enterpriseNumber));
        return new ChiefAccessManagerList(items, items.size());
    }

    @PUT
    @Path("chiefAccessManager")
    @Consumes(MediaType.APPLICATION_JSON)
    public DesignationView designate(
            @PathParam("enterpriseNumber") String enterpriseNumber, DesignationRequest request) {
        DesignationRequest given = request == null ? new DesignationRequest(null, null, null, null) : request;
        try {
            Designation done = chiefAccessManagers.designate(
                    number(enterpriseNumber),
                    new Designee(given.person(), given.givenName(), given.familyName(), given.language()));
            return new DesignationView(done.login(), done.fullName(), done.changed(), done.invited());
        } catch (AccessRefused refused) {
            throw OnboardingAnswers.refusal(refused);
        } catch (MailNotSent notSent) {
            // Nothing was designated: the client tries again later, as with any service unavailable.
            throw new ApiException(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "MAIL_NOT_SENT",
                    "The invitation could not be mailed just now, so nothing was changed; try again later.");
        }
    }

    @PUT
    @Path("domain")
    @Consumes(MediaType.APPLICATION_JSON)
    public DomainView setDomain(@PathParam("enterpriseNumber") String enterpriseNumber, DomainChange change) {
        EnterpriseDomain domain;
        try {
            domain = EnterpriseDomain.valueOf(change == null || change.domain() == null ? "" : change.domain());
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidInput("domain must be NSSO_EMPLOYER or COMPANY_WITHOUT_STAFF");
        }
        return domains.set(number(enterpriseNumber), domain)
                .map(e -> new DomainView(
                        e.getEnterpriseNumber().value(),
                        e.getName(),
                        e.getDomain().name()))
                .orElseThrow(() -> ApiException.notFound("Enterprise"));
    }

    private static EnterpriseNumber number(String written) {
        try {
            return EnterpriseNumber.parse(written);
        } catch (IllegalArgumentException notANumber) {
            throw OnboardingAnswers.refusal(new OnboardingRefused(OnboardingRefused.Reason.NUMBER, written));
        }
    }
}
