package org.ebox.web.rest.publication;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.message.boundary.Publication;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * POST /searchMessageStatus: a sender asks whether the messages it published were read (the main content opened)
 * and whether they are still shown. Only its own messages are answered; any other id is simply left out.
 */
@Path("searchMessageStatus")
@RequiredScope(Scope.PUBLICATION_SENDER)
public class MessageStatusResource {

    static final int MAX_MESSAGES = 100;

    @Context
    HttpServletRequest request;

    @EJB
    Publication publication;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response statuses(List<Contract.MessageIdEboxId> asked) {
        if (asked == null || asked.isEmpty() || asked.size() > MAX_MESSAGES) {
            throw ApiException.invalidInput("1 to " + MAX_MESSAGES + " messages per request");
        }
        Map<String, EnterpriseNumber> boxById = new LinkedHashMap<>();
        for (Contract.MessageIdEboxId item : asked) {
            if (item == null
                    || item.messageId() == null
                    || item.eboxId() == null
                    || !"enterprise".equals(item.eboxId().eboxType())
                    || !EnterpriseNumber.isValid(item.eboxId().eboxIdValue())) {
                throw ApiException.invalidInput("every item needs messageId and an enterprise eboxId");
            }
            boxById.put(item.messageId(), new EnterpriseNumber(item.eboxId().eboxIdValue()));
        }
        List<Contract.MessageStatus> statuses = publication.publishedByCaller(boxById).stream()
                .map(message -> new Contract.MessageStatus(
                        message.getMessageId(),
                        new Contract.EboxId(
                                "enterprise", message.getEnterpriseNumber().value()),
                        Contract.dateTime(message.getExpirationDate()),
                        message.isRead(),
                        message.isVisible()))
                .toList();
        // 201, as the contract has it for this operation.
        return Response.status(Response.Status.CREATED).entity(statuses).build();
    }
}
