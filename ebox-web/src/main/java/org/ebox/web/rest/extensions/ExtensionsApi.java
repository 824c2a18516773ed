package org.ebox.web.rest.extensions;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.ebox.web.rest.AuditFilter;
import org.ebox.web.rest.JsonBodies;
import org.ebox.web.rest.StatusMessages;
import org.ebox.web.rest.security.ScopeCheck;

/**
 * What this e-Box offers beyond the official contract, under a base path of its own so that the contract's paths
 * stay exactly the contract's: the replies institutions receive. Same tokens, scopes, errors and audit trail.
 */
@ApplicationPath(ExtensionsApi.BASE_PATH)
public class ExtensionsApi extends Application {

    public static final String BASE_PATH = "/REST/ebox/enterprise/extensions/v1";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                RepliesResource.class, StatusMessages.class, JsonBodies.class, ScopeCheck.class, AuditFilter.class);
    }
}
