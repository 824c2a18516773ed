package org.ebox.web.rest.operations;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.ebox.batch.boundary.KboImportJobs;
import org.ebox.enterprise.control.DomainFile;
import org.ebox.enterprise.entity.KboImport;
import org.ebox.operations.boundary.DomainFileRefused;
import org.ebox.operations.boundary.EnterpriseDomains;
import org.ebox.operations.boundary.KboImportRefused;
import org.ebox.operations.boundary.KboImports;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register of enterprises, as on the Register page: KBO/BCE open data extracts imported by the batch job
 * (POST the zip, then follow the import), restarted or cancelled when they failed, with their rejected lines; and the
 * access domains of many enterprises from a CSV file (all of it or nothing). One enterprise's domain is
 * {@link EnterprisesResource}'s.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.OPERATIONS)
public class RegisterResource {

    @EJB
    KboImports imports;

    @EJB
    KboImportJobs jobs;

    @EJB
    EnterpriseDomains domains;

    @Inject
    @ConfigProperty(name = "ebox.kbo.line-chunk", defaultValue = "10000")
    int lineChunk;

    public record ImportView(
            String importId,
            String fileName,
            String extractType,
            int extractNumber,
            LocalDate snapshotDate,
            String status,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            int percentRead,
            long linesRead,
            long linesRejected,
            long enterprisesCreated,
            long enterprisesUpdated,
            long enterprisesClosed,
            boolean stalled) {}

    public record ImportList(List<ImportView> items, int totalItems) {}

    public record Rejection(String fileName, long lineNumber, String reason, String detail) {}

    public record RejectionList(List<Rejection> items, int offset) {}

    public record DomainsChanged(int changed) {}

    @GET
    @Path("imports")
    public ImportList imports() {
        List<ImportView> items = imports.latest(20).stream().map(this::view).toList();
        return new ImportList(items, items.size());
    }

    /** The extract's bytes (a zip); its name, as the FPS Economy names it, in the query. Answers the import started. */
    @POST
    @Path("imports")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response startImport(@QueryParam("fileName") @DefaultValue("extract.zip") String fileName, InputStream zip) {
        try {
            KboImport started = jobs.start(fileName, zip, lineChunk);
            return Response.status(Response.Status.ACCEPTED)
                    .entity(view(started))
                    .build();
        } catch (KboImportRefused refused) {
            throw refusal(refused);
        }
    }

    @GET
    @Path("imports/{importId}")
    public ImportView importOf(@PathParam("importId") String importId) {
        return imports.find(importId).map(this::view).orElseThrow(() -> ApiException.notFound("Import"));
    }

    @GET
    @Path("imports/{importId}/rejections")
    public RejectionList rejections(
            @PathParam("importId") String importId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        importOf(importId);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw ApiException.invalidInput("offset must be 0 or more, limit 1 to 1000");
        }
        return new RejectionList(
                imports.rejections(importId, offset, limit).stream()
                        .map(r -> new Rejection(r.fileName(), r.lineNumber(), r.reason(), r.detail()))
                        .toList(),
                offset);
    }

    @POST
    @Path("imports/{importId}/restart")
    public Response restart(@PathParam("importId") String importId) {
        importOf(importId);
        try {
            jobs.restart(importId, lineChunk);
            return Response.status(Response.Status.ACCEPTED)
                    .entity(importOf(importId))
                    .build();
        } catch (KboImportRefused refused) {
            throw refusal(refused);
        }
    }

    @POST
    @Path("imports/{importId}/cancel")
    public ImportView cancel(@PathParam("importId") String importId) {
        importOf(importId);
        try {
            imports.cancel(importId);
            return importOf(importId);
        } catch (KboImportRefused refused) {
            throw refusal(refused);
        }
    }

    /** A CSV file of domains (EnterpriseNumber,Domain): all of it is taken, or nothing when a line is wrong. */
    @PUT
    @Path("domains")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public DomainsChanged setDomains(
            @QueryParam("fileName") @DefaultValue("domains.csv") String fileName, InputStream csv) {
        try {
            return new DomainsChanged(domains.setFromFile(fileName, csv));
        } catch (DomainFileRefused refused) {
            String problems = refused.getProblems().stream()
                    .limit(20)
                    .map(RegisterResource::problem)
                    .collect(Collectors.joining("; "));
            throw new ApiException(
                    Response.Status.BAD_REQUEST,
                    "DOMAIN_FILE",
                    "The file has " + refused.getProblems().size() + " bad lines; nothing of it was taken: "
                            + problems);
        }
    }

    private static String problem(DomainFile.Problem problem) {
        return "line " + problem.line() + ": " + problem.reason().name() + " (" + problem.value() + ")";
    }

    private static ApiException refusal(KboImportRefused refused) {
        Response.Status status = refused.getReason() == KboImportRefused.Reason.WRONG_FILE
                ? Response.Status.BAD_REQUEST
                : Response.Status.CONFLICT;
        return new ApiException(
                status,
                refused.getReason().name(),
                OnboardingAnswers.english(
                        "register.refused." + refused.getReason().name(), refused.getDetail()));
    }

    private ImportView view(KboImport kboImport) {
        return new ImportView(
                kboImport.getImportId(),
                kboImport.getFileName(),
                kboImport.getExtractType().name(),
                kboImport.getExtractNumber(),
                kboImport.getSnapshotDate(),
                kboImport.getStatus().name(),
                kboImport.getStartedAt(),
                kboImport.getEndedAt(),
                kboImport.getPercentRead(),
                kboImport.getLinesRead(),
                kboImport.getLinesRejected(),
                kboImport.getEnterprisesCreated(),
                kboImport.getEnterprisesUpdated(),
                kboImport.getEnterprisesClosed(),
                imports.isStalled(kboImport));
    }
}
