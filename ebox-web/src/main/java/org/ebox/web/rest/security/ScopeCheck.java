package org.ebox.web.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.ebox.web.rest.StatusMessages;

/**
 * Refuses, with 403, a caller whose token lacks the scope the operation needs. Every operation must name its scope:
 * one that does not is refused too, so that a forgotten annotation never opens a door.
 */
@Provider
public class ScopeCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        RequiredScope required = resource.getResourceMethod().getAnnotation(RequiredScope.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(RequiredScope.class);
        }
        ApiCaller caller = ApiCaller.of(request);
        if (required == null || !caller.has(required.value())) {
            context.abortWith(StatusMessages.response(
                    403,
                    "INSUFFICIENT_SCOPE",
                    "This operation needs the scope "
                            + (required == null
                                    ? "(none declared)"
                                    : required.value().value())));
        }
    }
}
