package org.ebox.web.config.auth;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.ebox.access.entity.AccessRole;

/**
 * The application's one authentication mechanism (Jakarta Security 3.0 allows one): a form login on our own page,
 * which stands in for the CSAM login of the real service. Roles are the groups the {@link EboxIdentityStore} gives.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({AccessRole.AUTHENTICATED, AccessRole.EBOX_READER, "CHIEF_ACCESS_MANAGER", "LOCAL_ADMINISTRATOR",
        "CO_LOCAL_ADMINISTRATOR", "USER"})
@ApplicationScoped
public class EboxAuthentication {
}
