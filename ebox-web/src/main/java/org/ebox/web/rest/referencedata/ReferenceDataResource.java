package org.ebox.web.rest.referencedata;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ebox.common.control.ResultPage;
import org.ebox.institution.boundary.ReferenceData;
import org.ebox.institution.boundary.ReferenceData.Permission;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderImage;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.platform.ContentStore;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.QueryParameters;
import org.ebox.web.rest.StoredFiles;
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

    @Inject
    ContentStore contentStore;

    @Context
    UriInfo uri;

    @GET
    @Path("messageTypes")
    public Response messageTypes(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<MessageType> types = referenceData.messageTypes(page(page), pageSize(pageSize));
        Permissions permissions = permissions();
        return cached(new Contract.MessageTypes(
                types.items().stream().map(permissions::view).toList(), Math.toIntExact(types.total())));
    }

    @GET
    @Path("messageTypes/{messageTypeId}")
    public Response messageType(@PathParam("messageTypeId") String id) {
        MessageType type = referenceData.messageType(id).orElseThrow(() -> ApiException.notFound("Message type"));
        return cached(permissions().view(type));
    }

    @GET
    @Path("senderApplications")
    public Response senderApplications(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<SenderApplication> applications = referenceData.senderApplications(page(page), pageSize(pageSize));
        Permissions permissions = permissions();
        return cached(new Contract.SenderApplications(
                applications.items().stream().map(permissions::view).toList(), Math.toIntExact(applications.total())));
    }

    @GET
    @Path("senderApplications/{senderApplicationId}")
    public Response senderApplication(@PathParam("senderApplicationId") String id) {
        SenderApplication application =
                referenceData.senderApplication(id).orElseThrow(() -> ApiException.notFound("Sender application"));
        return cached(permissions().view(application));
    }

    @GET
    @Path("senderOrganizations")
    public Response senderOrganizations(@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        ResultPage<SenderOrganization> organizations =
                referenceData.senderOrganizations(page(page), pageSize(pageSize));
        Permissions permissions = permissions();
        return cached(new Contract.SenderOrganizations(
                organizations.items().stream().map(permissions::view).toList(),
                Math.toIntExact(organizations.total())));
    }

    @GET
    @Path("senderOrganizations/{senderOrganizationId}")
    public Response senderOrganization(@PathParam("senderOrganizationId") String id) {
        SenderOrganization organization =
                referenceData.senderOrganization(id).orElseThrow(() -> ApiException.notFound("Sender organization"));
        return cached(permissions().view(organization));
    }

    /** The organisation's or application's logo, streamed. */
    @GET
    @Path("senderOrganizations/{senderOrganizationId}/images/{imageId}/content")
    @Produces({"image/png", MediaType.WILDCARD})
    public Response organizationImage(
            @PathParam("senderOrganizationId") String organizationId, @PathParam("imageId") String imageId) {
        return image(referenceData.image(imageId).filter(image -> organizationId.equals(image.getOrganizationId())));
    }

    @GET
    @Path("senderApplications/{senderApplicationId}/images/{imageId}/content")
    @Produces({"image/png", MediaType.WILDCARD})
    public Response applicationImage(
            @PathParam("senderApplicationId") String applicationId, @PathParam("imageId") String imageId) {
        return image(referenceData.image(imageId).filter(image -> applicationId.equals(image.getApplicationId())));
    }

    private Response image(java.util.Optional<SenderImage> found) {
        SenderImage image = found.orElseThrow(() -> ApiException.notFound("Image"));
        return StoredFiles.stream(contentStore, image.getContent(), image.getMediaType())
                .cacheControl(TWO_DAYS)
                .build();
    }

    private Permissions permissions() {
        return new Permissions(
                referenceData.permissions(),
                referenceData.images(),
                uri.getBaseUri().toString());
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

    /** Who may send what, and the logos, read once per request and looked up from each side. */
    private static final class Permissions {
        private final List<Permission> all;
        private final List<SenderImage> images;
        private final String apiBase;

        Permissions(List<Permission> all, List<SenderImage> images, String apiBase) {
            this.all = all;
            this.images = images;
            this.apiBase = apiBase;
        }

        private List<Contract.Image> logos(Function<SenderImage, String> owner, String id, String path) {
            return images.stream()
                    .filter(image -> id.equals(owner.apply(image)))
                    .map(image -> new Contract.Image(
                            image.getImageId(),
                            Contract.kilobytes(image.getContent().sizeInBytes()),
                            image.getMediaType(),
                            image.getLanguage(),
                            apiBase + path + id + "/images/" + image.getImageId() + "/content"))
                    .toList();
        }

        private List<String> distinct(Function<Permission, String> key, Function<Permission, String> value, String id) {
            return all.stream()
                    .filter(p -> key.apply(p).equals(id))
                    .map(value)
                    .distinct()
                    .sorted()
                    .toList();
        }

        Contract.MessageType view(MessageType type) {
            String id = type.getMessageTypeId();
            return new Contract.MessageType(
                    id,
                    TranslatedString.of(type.getName()),
                    new Contract.ValidityPeriod(
                            type.getValidityPeriod().getNumber(),
                            type.getValidityPeriod().getUnit().name().toLowerCase(Locale.ROOT)),
                    distinct(Permission::messageTypeId, Permission::organizationId, id),
                    distinct(Permission::messageTypeId, Permission::applicationId, id));
        }

        Contract.SenderApplication view(SenderApplication application) {
            String id = application.getApplicationId();
            return new Contract.SenderApplication(
                    id,
                    TranslatedString.of(application.getName()),
                    logos(SenderImage::getApplicationId, id, "referenceData/senderApplications/"),
                    List.of(application.getOrganization().getOrganizationId()),
                    distinct(Permission::applicationId, Permission::messageTypeId, id));
        }

        Contract.SenderOrganization view(SenderOrganization organization) {
            String id = organization.getOrganizationId();
            return new Contract.SenderOrganization(
                    id,
                    TranslatedString.of(organization.getShortName()),
                    TranslatedString.of(organization.getLongName()),
                    logos(SenderImage::getOrganizationId, id, "referenceData/senderOrganizations/"),
                    distinct(Permission::organizationId, Permission::applicationId, id),
                    distinct(Permission::organizationId, Permission::messageTypeId, id),
                    organization.getContactBusiness());
        }
    }
}
