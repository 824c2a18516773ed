package org.ebox.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.ebox.web.rest.consultation.EboxResource;
import org.ebox.web.rest.consultation.MessagesResource;
import org.ebox.web.rest.publication.MessageStatusResource;
import org.ebox.web.rest.publication.PublicationResource;
import org.ebox.web.rest.referencedata.ReferenceDataResource;
import org.ebox.web.rest.security.ScopeCheck;

/**
 * The e-Box Message Registry REST API (contract v2.1), under the base path an institution or a company's software
 * sets instead of the real service's. Every path under it needs a bearer token (see security).
 */
@ApplicationPath(MessageRegistryApi.BASE_PATH)
public class MessageRegistryApi extends Application {

    public static final String BASE_PATH = "/REST/ebox/enterprise/messageRegistry/v2";

    /** Listed, not scanned: the extensions' application (see ExtensionsApi) must not serve these paths too. */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                EboxResource.class,
                MessagesResource.class,
                ReferenceDataResource.class,
                PublicationResource.class,
                MessageStatusResource.class,
                StatusMessages.class,
                JsonBodies.class,
                ScopeCheck.class,
                AuditFilter.class);
    }
}
