package org.ebox.web.rest.publication;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ebox.common.control.Sha256;
import org.ebox.message.boundary.Publication;
import org.ebox.message.boundary.PublicationRefused;
import org.ebox.message.control.IncomingFiles;
import org.ebox.platform.UniqueKeys;
import org.ebox.web.rest.AuditDetails;
import org.ebox.web.rest.JsonBodies;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.security.ApiCaller;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POST /publishMessage: an institution publishes. The parts may come in any order; each file streams into the
 * content store's incoming area as it arrives (its digest computed on the way), so a large file is never held in
 * memory. Then all is checked; then the files are kept and the message written in one transaction. Whatever fails,
 * nothing stays: no message, no file. With an Idempotency-Key, a retry answers the first result and never makes a
 * second message, also when retries arrive at the same time.
 */
@Path("publishMessage")
@RequiredScope(Scope.PUBLICATION_SENDER)
public class PublicationResource {

    static final String MESSAGE_PART = "messageToPublish";
    static final int MAX_MESSAGE_PART_BYTES = 1024 * 1024;

    /** Strict: a field the contract does not know is an error, not silently dropped. Thread-safe, made once. */
    private static final Jsonb JSON =
            JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @EJB
    Publication publication;

    /** This request's files (a resource lives for one request). */
    @Inject
    IncomingFiles incoming;

    @Inject
    @ConfigProperty(name = "ebox.publication.max-file-bytes", defaultValue = "104857600")
    long maxFileBytes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(List<EntityPart> parts, @HeaderParam("Idempotency-Key") String idempotencyKey)
            throws IOException {
        ApiCaller caller = ApiCaller.of(request);
        Map<String, PublicationForm.FilePart> files = new LinkedHashMap<>();
        // Refusals go out as the contract's StatusMessage (StatusMessages); the files go with them (IncomingFiles).
        try (IncomingFiles received = incoming) {
            String messagePart = receive(parts, files);
            if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
                throw PublicationRefused.invalidInput("Idempotency-Key: 1 to 255 characters");
            }
            Contract.MessageToPublish form = parse(messagePart);
            String fingerprint = fingerprint(messagePart, files);
            Publication.Request checked =
                    PublicationForm.check(form, files, caller.organization(), idempotencyKey, fingerprint, JSON);
            received.keepAll();
            Publication.Result result = publishOrFindTheFirst(checked);
            received.stored();
            return Response.status(Response.Status.CREATED)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Contract.PublicationStatusMessage(
                            result.messageId(),
                            Contract.dateTime(result.expirationDate()),
                            result.noDigitalUser() ? "NO_DIGITAL_USER" : null,
                            result.noDigitalUser() ? "The recipient has never opened its e-Box" : null))
                    .build();
        }
    }

    /**
     * Publishes, with the audit record in the publication's transaction. Two retries at the same time: one writes, the
     * other's unique key fails, and it answers the first's result; the audit filter records that answer.
     */
    private Publication.Result publishOrFindTheFirst(Publication.Request checked) {
        try {
            Publication.Result result = publication.publish(
                    checked, OffsetDateTime.now(clock), AuditDetails.callOf(request, uri, HttpMethod.POST));
            AuditDetails.recordedByTheService(request, true);
            return result;
        } catch (EJBException concurrentRetry) {
            if (checked.idempotencyKey() == null || !UniqueKeys.refused(concurrentRetry)) {
                throw concurrentRetry;
            }
            Publication.Result first = publication
                    .previous(checked.idempotencyKey(), checked.fingerprint())
                    .orElseThrow(() -> concurrentRetry);
            Publication.auditDetails(checked, first.messageId())
                    .forEach((key, value) -> AuditDetails.put(request, key, value));
            return first;
        }
    }

    /** Reads every part: the message as text, each file into the store's incoming area. */
    private String receive(List<EntityPart> parts, Map<String, PublicationForm.FilePart> files) throws IOException {
        String messagePart = null;
        for (EntityPart part : parts) {
            String name = part.getName();
            if (MESSAGE_PART.equals(name)) {
                if (messagePart != null) {
                    throw PublicationRefused.invalidInput("Part " + MESSAGE_PART + " is given twice");
                }
                messagePart = readText(part.getContent());
                continue;
            }
            if (files.containsKey(name)) {
                throw PublicationRefused.invalidInput("Part " + name + " is given twice");
            }
            Optional<String> fileName = part.getFileName();
            MediaType mediaType = part.getMediaType();
            if (fileName.isEmpty() || fileName.get().isBlank() || mediaType == null) {
                throw PublicationRefused.invalidInput("Missing mediaType or fileName in part " + name);
            }
            IncomingFiles.Received file = incoming.receive(part.getContent(), maxFileBytes);
            files.put(
                    name,
                    new PublicationForm.FilePart(
                            fileName.get(),
                            mediaType.getType() + "/" + mediaType.getSubtype(),
                            file.detectedType(),
                            file.staged()));
        }
        if (messagePart == null) {
            throw PublicationRefused.invalidInput("Part " + MESSAGE_PART + " is missing");
        }
        return messagePart;
    }

    private static Contract.MessageToPublish parse(String messagePart) {
        // JSON-B alone would ignore what follows the first value and take "replyAuthorized":"no" for false.
        JsonBodies.check(messagePart, Contract.MessageToPublish.class, MESSAGE_PART);
        try {
            Contract.MessageToPublish form = JSON.fromJson(messagePart, Contract.MessageToPublish.class);
            if (form == null) {
                throw PublicationRefused.invalidInput("Invalid Schema: messageToPublish is empty");
            }
            return form;
        } catch (JsonbException e) {
            throw PublicationRefused.invalidInput("Invalid Schema: messageToPublish is not a valid MessageToPublish");
        }
    }

    private static String readText(InputStream content) throws IOException {
        byte[] bytes = content.readNBytes(MAX_MESSAGE_PART_BYTES + 1);
        if (bytes.length > MAX_MESSAGE_PART_BYTES) {
            throw PublicationRefused.invalidInput(MESSAGE_PART + " is larger than 1 MB");
        }
        // Not new String(...), which turns invalid bytes into U+FFFD: words the sender never wrote would be stored.
        return JsonBodies.utf8(bytes, MESSAGE_PART);
    }

    /** The same message and the same files make the same fingerprint, whatever the order of the parts. */
    private static String fingerprint(String messagePart, Map<String, PublicationForm.FilePart> files) {
        MessageDigest sha256 = Sha256.digest();
        sha256.update(messagePart.getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(files)
                .forEach((name, file) -> sha256.update(
                        (name + ":" + file.staged().content().sha256Hex()).getBytes(StandardCharsets.UTF_8)));
        return Sha256.hex(sha256);
    }
}
