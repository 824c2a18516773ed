package org.ebox.web.rest.referencedata;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.ebox.institution.boundary.ReferenceData;
import org.ebox.institution.boundary.ReferenceData.Permission;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.message.boundary.MessageConsultation.ResultPage;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.QueryParameters;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.contract.Contract.TranslatedString;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * /referenceData: message types, sender applications and sender organisations, with who may send what. Clients cache
 * them for two days, as the consultation profile asks, so that showing a box costs no reference-data calls.
 */
@Path("referenceData")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.REFERENCE_DATA)
public class ReferenceDataResource {

    static final CacheControl TWO_DAYS = CacheControl.valueOf("public, no-transform, proxy-revalidate, max-age=172800");

    @EJB
    ReferenceData referenceData;

    @GET
    @Path("messageTypes")
    public Response messageTypes(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<MessageType> types = referenceData.messageTypes(page(page), pageSize(pageSize));
        Permissions permissions = new Permissions(referenceData.permissions());
        return cached(new Contract.MessageTypes(types.items().stream().map(permissions::view).toList(),
                Math.toIntExact(types.total())));
    }

    @GET
    @Path("messageTypes/{messageTypeId}")
    public Response messageType(@PathParam("messageTypeId") String id) {
        MessageType type = referenceData.messageType(id).orElseThrow(() -> ApiException.notFound("Message type"));
        return cached(new Permissions(referenceData.permissions()).view(type));
    }

    @GET
    @Path("senderApplications")
    public Response senderApplications(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<SenderApplication> applications = referenceData.senderApplications(page(page),
                pageSize(pageSize));
        Permissions permissions = new Permissions(referenceData.permissions());
        return cached(new Contract.SenderApplications(applications.items().stream().map(permissions::view).toList(),
                Math.toIntExact(applications.total())));
    }

    @GET
    @Path("senderApplications/{senderApplicationId}")
    public Response senderApplication(@PathParam("senderApplicationId") String id) {
        SenderApplication application = referenceData.senderApplication(id)
                .orElseThrow(() -> ApiException.notFound("Sender application"));
        return cached(new Permissions(referenceData.permissions()).view(application));
    }

    @GET
    @Path("senderOrganizations")
    public Response senderOrganizations(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<SenderOrganization> organizations = referenceData.senderOrganizations(page(page),
                pageSize(pageSize));
        Permissions permissions = new Permissions(referenceData.permissions());
        return cached(new Contract.SenderOrganizations(organizations.items().stream().map(permissions::view)
                .toList(), Math.toIntExact(organizations.total())));
    }

    @GET
    @Path("senderOrganizations/{senderOrganizationId}")
    public Response senderOrganization(@PathParam("senderOrganizationId") String id) {
        SenderOrganization organization = referenceData.senderOrganization(id)
                .orElseThrow(() -> ApiException.notFound("Sender organization"));
        return cached(new Permissions(referenceData.permissions()).view(organization));
    }

    private static Response cached(Object entity) {
        return Response.ok(entity).cacheControl(TWO_DAYS).build();
    }

    private static int page(String page) {
        return QueryParameters.page(page);
    }

    private static int pageSize(String pageSize) {
        return QueryParameters.pageSize(pageSize);
    }

    /** Who may send what, read once per request and looked up from each side. */
    private static final class Permissions {
        private final List<Permission> all;

        Permissions(List<Permission> all) {
            this.all = all;
        }

        private List<String> distinct(Function<Permission, String> key, Function<Permission, String> value,
                                      String id) {
            return all.stream().filter(p -> key.apply(p).equals(id)).map(value).distinct().sorted().toList();
        }

        Contract.MessageType view(MessageType type) {
            String id = type.getMessageTypeId();
            return new Contract.MessageType(id, TranslatedString.of(type.getName()),
                    new Contract.ValidityPeriod(type.getValidityPeriod().getNumber(),
                            type.getValidityPeriod().getUnit().name().toLowerCase()),
                    distinct(Permission::messageTypeId, Permission::organizationId, id),
                    distinct(Permission::messageTypeId, Permission::applicationId, id));
        }

        Contract.SenderApplication view(SenderApplication application) {
            String id = application.getApplicationId();
            return new Contract.SenderApplication(id, TranslatedString.of(application.getName()),
                    List.of(application.getOrganization().getOrganizationId()),
                    distinct(Permission::applicationId, Permission::messageTypeId, id));
        }

        Contract.SenderOrganization view(SenderOrganization organization) {
            String id = organization.getOrganizationId();
            return new Contract.SenderOrganization(id, TranslatedString.of(organization.getShortName()),
                    TranslatedString.of(organization.getLongName()),
                    distinct(Permission::organizationId, Permission::applicationId, id),
                    distinct(Permission::organizationId, Permission::messageTypeId, id),
                    organization.getContactBusiness());
        }
    }
}
