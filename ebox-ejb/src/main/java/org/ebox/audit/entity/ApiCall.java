package org.ebox.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A call of the API as the audit trail names it, before its answer is known: who made it (the client, the SHA-256 of
 * its token) and what it asked. The API's filter records it once answered; a service that writes what the call asked
 * records it in its own transaction instead, so that the write and its record commit together.
 */
public record ApiCall(String subjectTokenHashed, String clientId, String requestMethod, String requestUrl) {

    /** Made once: Json.createObjectBuilder() looks its provider up anew on every call (a third of a read's time). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** The record of the call, answered with this code at this time; the details as the audit trail's JSON object. */
    public AuditRecord answered(OffsetDateTime at, int responseCode, Map<String, String> details) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        details.forEach(object::add);
        return new AuditRecord(
                at,
                subjectTokenHashed,
                clientId,
                requestMethod,
                requestUrl,
                responseCode,
                object.build().toString());
    }
}
