package org.ebox.web.it;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.ebox.access.boundary.PersonDirectory;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.web.config.auth.EboxIdentityStore;
import org.ebox.web.config.auth.EboxIdentityStore.Identity;
import org.ebox.web.rest.security.ApiCaller;
import org.ebox.web.rest.security.Scope;

/**
 * For in-container tests that call the EJB boundaries directly: signs the test's own request in as a demo person
 * acting for an enterprise, through the application's real authentication mechanism, with the very principal and
 * roles a browser session of that person gets (EboxIdentityStore.identityOf), or those of an API client's token
 * (ApiCaller). Only the password and code steps, or the token's signature, are left out; they have tests of their
 * own. This identity store exists in the test deployment only.
 */
@ApplicationScoped
public class ActAs implements IdentityStore {

    /** Credentials only this test store accepts. */
    record AsPerson(String login, String enterpriseNumber) implements Credential {}

    record AsApiClient(ApiCaller caller) implements Credential {}

    @EJB
    PersonDirectory persons;

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof AsPerson as) {
            Identity identity =
                    EboxIdentityStore.identityOf(persons.findByLogin(as.login()).orElseThrow(), as.enterpriseNumber());
            return new CredentialValidationResult(identity.caller(), identity.groups());
        }
        if (credential instanceof AsApiClient as) {
            return new CredentialValidationResult(
                    as.caller().principal(), as.caller().roles());
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** From here on, this test's calls are that person's, acting for that enterprise (null: the only one). */
    public void person(String login, String enterpriseNumber) {
        signIn(new AsPerson(login, enterpriseNumber));
    }

    /** From here on, this test's calls are an API client's with a token of that organisation and scopes. */
    public void apiClient(String clientId, EnterpriseNumber organization, Scope... scopes) {
        signIn(new AsApiClient(new ApiCaller(clientId, organization, Set.of(scopes), "test")));
    }

    private void signIn(Credential credential) {
        AuthenticationStatus status = securityContext.authenticate(
                request, response(), withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not act as " + credential + ": " + status);
        }
    }

    /** The container writes to the real response; the test's request has none of its own to hand over. */
    private static HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                ActAs.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "getStatus" -> 200;
                    default -> null;
                });
    }
}
