package org.ebox.web.rest;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;
import java.util.Map;
import org.ebox.audit.boundary.AuditTrail;
import org.ebox.audit.entity.AuditRecord;
import org.ebox.common.entity.BelgianTime;
import org.ebox.web.rest.security.ApiCaller;

/**
 * Writes the audit trail of the API as audit_trail.md asks (ATREQ04): a read only when it succeeded; a write always,
 * unless it certainly failed, which a refusal (4xx) is: nothing was stored. A server error (5xx) is uncertain, so it
 * is kept.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    /** Made once: Json.createObjectBuilder() looks its provider up anew on every call (a third of a read's time). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

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
        ApiCaller caller = ApiCaller.find(request).orElse(null);
        JsonObjectBuilder details = JSON.createObjectBuilder();
        AuditDetails.of(request).forEach(details::add);
        auditTrail.append(new AuditRecord(
                OffsetDateTime.now(BelgianTime.ZONE),
                caller == null ? null : caller.tokenHash(),
                caller == null ? null : caller.clientId(),
                call.getMethod(),
                call.getUriInfo().getRequestUri().toString(),
                status,
                details.build().toString()));
    }
}
