package org.ebox.web.rest.operations;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.ebox.institution.control.OnboardingRefused;
import org.ebox.institution.entity.MessageType;
import org.ebox.institution.entity.SenderApplication;
import org.ebox.institution.entity.ValidityPeriod;
import org.ebox.operations.boundary.Institutions;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * /messageTypes: PUT one by its identifier (defined, or changed for what is published from then on: a retry changes
 * nothing more), withdraw and reinstate it, DELETE one never published. The validity period is written as in the
 * contract's MessageType.
 */
@Path("messageTypes")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.OPERATIONS)
public class MessageTypesResource {

    @EJB
    Institutions institutions;

    public record Validity(Integer validityPeriodNumber, String validityPeriodUnit) {}

    public record MessageTypeView(
            String messageTypeId,
            FourLanguages name,
            Validity validityPeriod,
            boolean registeredMailAllowed,
            boolean repliesAllowed,
            List<String> senderApplicationIds,
            boolean withdrawn,
            boolean everPublished) {}

    public record MessageTypeList(List<MessageTypeView> items, int totalItems) {}

    /** What PUT takes: the identifier is the path's. */
    public record MessageTypeChange(
            FourLanguages name,
            Validity validityPeriod,
            Boolean registeredMailAllowed,
            Boolean repliesAllowed,
            List<String> senderApplicationIds) {}

    @GET
    public MessageTypeList list() {
        List<MessageTypeView> items = institutions.messageTypes().stream()
                .map(MessageTypesResource::view)
                .toList();
        return new MessageTypeList(items, items.size());
    }

    @PUT
    @Path("{messageTypeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("messageTypeId") String messageTypeId, MessageTypeChange change) {
        MessageTypeChange given = change == null ? new MessageTypeChange(null, null, null, null, null) : change;
        Validity validity = given.validityPeriod() == null ? new Validity(null, null) : given.validityPeriod();
        try {
            Institutions.TypeDefinition definition = new Institutions.TypeDefinition(
                    messageTypeId,
                    FourLanguages.text(given.name()),
                    validity.validityPeriodNumber() == null ? 0 : validity.validityPeriodNumber(),
                    unit(validity),
                    Boolean.TRUE.equals(given.registeredMailAllowed()),
                    Boolean.TRUE.equals(given.repliesAllowed()),
                    new LinkedHashSet<>(
                            given.senderApplicationIds() == null ? List.of() : given.senderApplicationIds()));
            boolean exists = institutions.messageType(messageTypeId).isPresent();
            MessageType saved = exists ? institutions.change(definition) : institutions.define(definition);
            return Response.status(exists ? Response.Status.OK : Response.Status.CREATED)
                    .entity(view(saved))
                    .build();
        } catch (OnboardingRefused refused) {
            throw OnboardingAnswers.refusal(refused);
        }
    }

    @POST
    @Path("{messageTypeId}/withdraw")
    public MessageTypeView withdraw(@PathParam("messageTypeId") String messageTypeId) {
        return view(onType(messageTypeId, institutions::withdraw));
    }

    @POST
    @Path("{messageTypeId}/reinstate")
    public MessageTypeView reinstate(@PathParam("messageTypeId") String messageTypeId) {
        return view(onType(messageTypeId, institutions::reinstate));
    }

    @DELETE
    @Path("{messageTypeId}")
    public Response delete(@PathParam("messageTypeId") String messageTypeId) {
        onType(messageTypeId, id -> {
            institutions.delete(id);
            return null;
        });
        return Response.noContent().build();
    }

    /** What an operator does to an existing type. */
    @FunctionalInterface
    interface TypeChange {
        MessageType apply(String messageTypeId) throws OnboardingRefused;
    }

    private MessageType onType(String messageTypeId, TypeChange change) {
        try {
            return change.apply(messageTypeId);
        } catch (OnboardingRefused refused) {
            throw OnboardingAnswers.refusal(refused);
        }
    }

    /** The contract's unit (DAY, MONTH, YEAR); any other is a validity the rules refuse. */
    private static ValidityPeriod.Unit unit(Validity validity) {
        return Arrays.stream(ValidityPeriod.Unit.values())
                .filter(unit -> unit.name().equals(validity.validityPeriodUnit()))
                .findFirst()
                .orElse(null);
    }

    private static MessageTypeView view(MessageType type) {
        return new MessageTypeView(
                type.getMessageTypeId(),
                FourLanguages.of(type.getName()),
                new Validity(
                        type.getValidityPeriod().getNumber(),
                        type.getValidityPeriod().getUnit().name()),
                type.isRegisteredMailAllowed(),
                type.isRepliesAllowed(),
                type.getSenderApplications().stream()
                        .map(SenderApplication::getApplicationId)
                        .sorted()
                        .toList(),
                type.isWithdrawn(),
                type.isEverPublished());
    }
}
