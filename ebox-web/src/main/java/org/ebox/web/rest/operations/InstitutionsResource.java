package org.ebox.web.rest.operations;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.institution.control.OnboardingRefused;
import org.ebox.institution.control.SenderLogos;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.SenderImage;
import org.ebox.institution.entity.SenderOrganization;
import org.ebox.operations.boundary.Institutions;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * /institutions: the sender organisations with their applications; PUT one by its enterprise number (made, or
 * changed: a retry changes nothing more), PUT its logo (the bytes of a PNG or JPEG image), POST an application.
 */
@Path("institutions")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.OPERATIONS)
public class InstitutionsResource {

    @EJB
    Institutions institutions;

    public record ApplicationView(String applicationId, FourLanguages name) {}

    public record Institution(
            String organizationId,
            FourLanguages shortName,
            FourLanguages longName,
            String contact,
            String logoImageId,
            List<ApplicationView> applications) {}

    public record InstitutionList(List<Institution> items, int totalItems) {}

    /** An institution as PUT made or changed it. */
    public record SavedInstitution(
            String organizationId, FourLanguages shortName, FourLanguages longName, String contact) {}

    /** What PUT takes: the number is the path's. */
    public record InstitutionChange(FourLanguages shortName, FourLanguages longName, String contact) {}

    public record NewApplication(String applicationId, FourLanguages name) {}

    @GET
    public InstitutionList list() {
        Map<String, List<SenderApplication>> applications = institutions.applications().stream()
                .collect(Collectors.groupingBy(
                        application -> application.getOrganization().getOrganizationId()));
        Map<String, String> logos = institutions.organizationLogos().stream()
                .collect(Collectors.toMap(
                        SenderImage::getOrganizationId, SenderImage::getImageId, (first, second) -> second));
        List<Institution> items = institutions.organizations().stream()
                .map(organization -> view(
                        organization,
                        logos.get(organization.getOrganizationId()),
                        applications.getOrDefault(organization.getOrganizationId(), List.of())))
                .toList();
        return new InstitutionList(items, items.size());
    }

    @PUT
    @Path("{organizationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("organizationId") String organizationId, InstitutionChange change) {
        InstitutionChange given = change == null ? new InstitutionChange(null, null, null) : change;
        String number = number(organizationId);
        try {
            boolean exists = institutions.organization(number).isPresent();
            SenderOrganization saved = exists
                    ? institutions.change(
                            number,
                            FourLanguages.text(given.shortName()),
                            FourLanguages.text(given.longName()),
                            given.contact())
                    : institutions.register(
                            number,
                            FourLanguages.text(given.shortName()),
                            FourLanguages.text(given.longName()),
                            given.contact());
            return Response.status(exists ? Response.Status.OK : Response.Status.CREATED)
                    .entity(new SavedInstitution(
                            saved.getOrganizationId(),
                            FourLanguages.of(saved.getShortName()),
                            FourLanguages.of(saved.getLongName()),
                            saved.getContactBusiness()))
                    .build();
        } catch (OnboardingRefused refused) {
            throw OnboardingAnswers.refusal(refused);
        }
    }

    @PUT
    @Path("{organizationId}/logo")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    public Response logo(@PathParam("organizationId") String organizationId, InputStream image) throws IOException {
        String number = number(organizationId);
        // One byte more than a logo may have: the check refuses a larger one without reading it all.
        byte[] bytes = image == null ? new byte[0] : image.readNBytes(SenderLogos.MAX_BYTES + 1);
        try {
            institutions.setLogo(number, bytes);
            return Response.noContent().build();
        } catch (OnboardingRefused refused) {
            throw OnboardingAnswers.refusal(refused);
        }
    }

    @POST
    @Path("{organizationId}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addApplication(@PathParam("organizationId") String organizationId, NewApplication application) {
        NewApplication given = application == null ? new NewApplication(null, null) : application;
        String number = number(organizationId);
        try {
            SenderApplication added =
                    institutions.addApplication(number, given.applicationId(), FourLanguages.text(given.name()));
            return Response.status(Response.Status.CREATED)
                    .entity(new ApplicationView(added.getApplicationId(), FourLanguages.of(added.getName())))
                    .build();
        } catch (OnboardingRefused refused) {
            throw OnboardingAnswers.refusal(refused);
        }
    }

    /** The path's enterprise number, with or without dots; a wrong one is bad input, as on the pages. */
    private static String number(String written) {
        try {
            return EnterpriseNumber.parse(written).value();
        } catch (IllegalArgumentException notANumber) {
            throw OnboardingAnswers.refusal(new OnboardingRefused(OnboardingRefused.Reason.NUMBER, written));
        }
    }

    private static Institution view(
            SenderOrganization organization, String logoImageId, List<SenderApplication> applications) {
        return new Institution(
                organization.getOrganizationId(),
                FourLanguages.of(organization.getShortName()),
                FourLanguages.of(organization.getLongName()),
                organization.getContactBusiness(),
                logoImageId,
                applications.stream()
                        .map(application -> new ApplicationView(
                                application.getApplicationId(), FourLanguages.of(application.getName())))
                        .toList());
    }
}
