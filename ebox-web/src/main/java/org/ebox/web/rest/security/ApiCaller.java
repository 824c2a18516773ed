package org.ebox.web.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.security.Caller;
import org.ebox.platform.security.Roles;

/**
 * Who calls the API, as its verified token says: the OAuth client, the organisation it acts for (an enterprise
 * consulting its own box, or an institution publishing), and the scopes granted. The token itself is kept only as a
 * SHA-256 hash, for the audit trail.
 */
public record ApiCaller(String clientId, EnterpriseNumber organization, Set<Scope> scopes, String tokenHash) {

    static final String REQUEST_ATTRIBUTE = ApiCaller.class.getName();

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    /** The caller as the container knows it: acting for the organisation of its token. */
    public Caller principal() {
        return new Caller(clientId, clientId, organization.value());
    }

    /** Its container roles: every API caller's, and one per scope granted, which the boundaries check. */
    public Set<String> roles() {
        Set<String> roles = new HashSet<>();
        roles.add(Roles.API_CLIENT);
        scopes.forEach(scope -> roles.add(scope.role()));
        return Set.copyOf(roles);
    }

    /** The caller of this request; set by the authentication mechanism before any resource runs. */
    public static ApiCaller of(HttpServletRequest request) {
        Object caller = request.getAttribute(REQUEST_ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("API request without a verified caller");
        }
        return (ApiCaller) caller;
    }

    /** The caller of this request, if it was verified (it is not for a refused token). */
    public static java.util.Optional<ApiCaller> find(HttpServletRequest request) {
        return java.util.Optional.ofNullable((ApiCaller) request.getAttribute(REQUEST_ATTRIBUTE));
    }

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(REQUEST_ATTRIBUTE, this);
    }
}
