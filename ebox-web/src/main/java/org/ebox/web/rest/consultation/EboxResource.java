package org.ebox.web.rest.consultation;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.ebox.enterprise.boundary.Enterprises;
import org.ebox.enterprise.entity.Enterprise;
import org.ebox.message.boundary.MailboxSummary;
import org.ebox.message.boundary.MessageConsultation;
import org.ebox.web.rest.contract.Contract;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/** GET /ebox: the summary of the caller's own e-Box. */
@Path("ebox")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.SUMMARY_OWN_EBOX)
public class EboxResource {

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @EJB
    MailboxSummary mailboxSummary;

    @EJB
    MessageConsultation consultation;

    @EJB
    Enterprises enterprises;

    @GET
    public Contract.Ebox summary() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        MailboxSummary.Summary summary = mailboxSummary.ofCallersBox(now);
        OffsetDateTime lastConsultation =
                enterprises.ofCaller().map(Enterprise::getLastConsultationAt).orElse(null);
        return new Contract.Ebox(
                Math.toIntExact(summary.messages()),
                Math.toIntExact(summary.unread()),
                Contract.dateTime(summary.lastReceipt()),
                Contract.dateTime(lastConsultation),
                Contract.kilobytes(consultation.sizeInBytes(now)));
    }
}
