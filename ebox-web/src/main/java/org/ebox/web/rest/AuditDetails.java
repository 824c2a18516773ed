package org.ebox.web.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a resource tells the audit trail about its call (API_CALL_DETAILS): message ids, attachments, digests. */
public final class AuditDetails {

    private static final String ATTRIBUTE = AuditDetails.class.getName();

    private AuditDetails() {}

    public static void put(HttpServletRequest request, String key, Object value) {
        of(request).put(key, String.valueOf(value));
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
