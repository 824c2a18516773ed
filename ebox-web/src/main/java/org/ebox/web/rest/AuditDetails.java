package org.ebox.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ebox.audit.entity.ApiCall;
import org.ebox.web.rest.security.ApiCaller;

/** What a resource tells the audit trail about its call (API_CALL_DETAILS): message ids, attachments, digests. */
public final class AuditDetails {

    private static final String ATTRIBUTE = AuditDetails.class.getName();
    private static final String RECORDED = AuditDetails.class.getName() + ".recorded";

    private AuditDetails() {}

    public static void put(HttpServletRequest request, String key, Object value) {
        of(request).put(key, String.valueOf(value));
    }

    /** The call, as the audit trail names it: its caller (if its token was let in), method and URI. */
    public static ApiCall callOf(HttpServletRequest request, UriInfo uri, String method) {
        ApiCaller caller = ApiCaller.find(request).orElse(null);
        return new ApiCall(
                caller == null ? null : caller.tokenHash(),
                caller == null ? null : caller.clientId(),
                method,
                uri.getRequestUri().toString());
    }

    /** The service recorded the call in the transaction of its work: the filter writes no second record. */
    public static void recordedByTheService(HttpServletRequest request, boolean recorded) {
        request.setAttribute(RECORDED, recorded);
    }

    static boolean recordedByTheService(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(RECORDED));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> of(HttpServletRequest request) {
        Object details = request.getAttribute(ATTRIBUTE);
        if (details == null) {
            details = new LinkedHashMap<String, String>();
            request.setAttribute(ATTRIBUTE, details);
        }
        return (Map<String, String>) details;
    }
}
