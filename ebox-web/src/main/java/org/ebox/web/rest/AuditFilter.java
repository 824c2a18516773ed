package org.ebox.web.rest;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;
import org.ebox.audit.boundary.AuditTrail;
import org.ebox.common.entity.BelgianTime;

/**
 * Writes the audit trail of the API as audit_trail.md asks (ATREQ04): a read only when it succeeded; a write always,
 * unless it certainly failed, which a refusal (4xx) is: nothing was stored. A server error (5xx) is uncertain, so it
 * is kept. A service that writes what a call asked may record the call in its own transaction (a publication does):
 * then this leaves it.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @EJB
    AuditTrail auditTrail;

    @Override
    public void filter(ContainerRequestContext call, ContainerResponseContext answer) {
        int status = answer.getStatus();
        boolean read = "GET".equals(call.getMethod()) || "HEAD".equals(call.getMethod());
        boolean succeeded = status >= 200 && status < 300;
        if (read ? !succeeded : !(succeeded || status >= 500)) {
            return;
        }
        if (AuditDetails.recordedByTheService(request)) {
            return;
        }
        auditTrail.append(AuditDetails.callOf(request, call.getUriInfo(), call.getMethod())
                .answered(OffsetDateTime.now(BelgianTime.ZONE), status, AuditDetails.of(request)));
    }
}
