package org.ebox.web.rest.operations;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.ebox.web.rest.AuditFilter;
import org.ebox.web.rest.JsonBodies;
import org.ebox.web.rest.StatusMessages;
import org.ebox.web.rest.security.ScopeCheck;

/**
 * The operators' API (docs/operations-api.md): institutions, their logos and applications, and the message types.
 * Same tokens, errors and audit trail as the contract's API; every change is also a change record, as on the pages.
 */
@ApplicationPath(OperationsApi.BASE_PATH)
public class OperationsApi extends Application {

    public static final String BASE_PATH = "/REST/ebox/operations/v1";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                InstitutionsResource.class,
                EnterprisesResource.class,
                RegisterResource.class,
                MessageTypesResource.class,
                ApiClientsResource.class,
                StatusMessages.class,
                JsonBodies.class,
                ScopeCheck.class,
                AuditFilter.class);
    }
}
