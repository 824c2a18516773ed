package org.ebox.web.rest.operations;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.access.entity.ApiClient.Purpose;
import org.ebox.operations.boundary.ApiClientRefused;
import org.ebox.operations.boundary.ApiClients;
import org.ebox.operations.boundary.ApiClients.Client;
import org.ebox.operations.boundary.ApiClients.Key;
import org.ebox.operations.boundary.ApiClients.Registered;
import org.ebox.operations.boundary.ApiClients.Registration;
import org.ebox.web.rest.ApiException;
import org.ebox.web.rest.security.RequiredScope;
import org.ebox.web.rest.security.Scope;

/**
 * /apiClients: the software allowed to call the API (docs/operations-api.md). POST registers one (a retry of the same
 * registration answers the client again, 200); POST {id}/keys adds a key, DELETE {id}/keys/{keyId} revokes one (a
 * rotation is both); DELETE {id} revokes the client. A revocation counts from the client's next call.
 */
@Path("apiClients")
@Produces(MediaType.APPLICATION_JSON)
@RequiredScope(Scope.OPERATIONS)
public class ApiClientsResource {

    static final int PAGE_SIZE = 100;

    @EJB
    ApiClients apiClients;

    @Context
    UriInfo uri;

    /** What POST takes; publicKey is a PEM public key or a JWK written as a string. */
    public record RegistrationRequest(
            String clientId,
            String organizationNumber,
            String purpose,
            List<String> scopes,
            String credential,
            String publicKey,
            String keySetUrl) {}

    public record KeyRequest(String publicKey) {}

    public record ClientList(List<Client> items, int page, int pageSize) {}

    @GET
    public ClientList list(@QueryParam("page") Integer page) {
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw ApiException.invalidInput("page starts at 1");
        }
        return new ClientList(apiClients.list((number - 1) * PAGE_SIZE, PAGE_SIZE), number, PAGE_SIZE);
    }

    @GET
    @Path("{clientId}")
    public Client get(@PathParam("clientId") String clientId) {
        try {
            return apiClients.find(clientId);
        } catch (ApiClientRefused refused) {
            throw refusal(refused);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegistrationRequest request) {
        if (request == null) {
            throw ApiException.invalidInput("a registration: clientId, organizationNumber, purpose, credential");
        }
        try {
            Registered done = apiClients.register(new Registration(
                    request.clientId(),
                    request.organizationNumber(),
                    named(Purpose.class, request.purpose(), "purpose"),
                    request.scopes() == null ? Set.of() : Set.copyOf(request.scopes()),
                    named(Credential.class, request.credential(), "credential"),
                    request.publicKey(),
                    request.keySetUrl()));
            return done.created()
                    ? Response.created(uri.getAbsolutePathBuilder()
                                    .path(done.client().clientId())
                                    .build())
                            .entity(done.client())
                            .build()
                    : Response.ok(done.client()).build();
        } catch (ApiClientRefused refused) {
            throw refusal(refused);
        }
    }

    @POST
    @Path("{clientId}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Key addKey(@PathParam("clientId") String clientId, KeyRequest request) {
        try {
            return apiClients.addKey(clientId, request == null ? null : request.publicKey());
        } catch (ApiClientRefused refused) {
            throw refusal(refused);
        }
    }

    @DELETE
    @Path("{clientId}/keys/{keyId}")
    public Response revokeKey(@PathParam("clientId") String clientId, @PathParam("keyId") String keyId) {
        try {
            apiClients.revokeKey(clientId, keyId);
            return Response.noContent().build();
        } catch (ApiClientRefused refused) {
            throw refusal(refused);
        }
    }

    @DELETE
    @Path("{clientId}")
    public Response revoke(@PathParam("clientId") String clientId) {
        try {
            apiClients.revoke(clientId);
            return Response.noContent().build();
        } catch (ApiClientRefused refused) {
            throw refusal(refused);
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String written, String field) {
        if (written == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, written);
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidInput(field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** The client or key of the path unknown: 404; a state that forbids the change: 409; the rest is bad input. */
    static ApiException refusal(ApiClientRefused refused) {
        return switch (refused.reason()) {
            case CLIENT_UNKNOWN -> ApiException.notFound("API client");
            case KEY_UNKNOWN -> ApiException.notFound("Key");
            default ->
                new ApiException(
                        switch (refused.reason()) {
                            case CLIENT_ID_TAKEN, CLIENT_REVOKED, KEY_REVOKED, LAST_KEY, KEYS_NOT_KEPT ->
                                Response.Status.CONFLICT;
                            default -> Response.Status.BAD_REQUEST;
                        },
                        refused.reason().name(),
                        OnboardingAnswers.english(
                                "apiClients.refused." + refused.reason().name(), null));
        };
    }
}
