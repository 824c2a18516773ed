package org.ebox.web.config.auth;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.ebox.access.boundary.EndedProviderSessions;
import org.ebox.access.boundary.SignIn;
import org.ebox.platform.security.Roles;
import org.ebox.web.config.auth.EboxIdentityStore.Identity;
import org.ebox.web.config.http.RequestPaths;
import org.ebox.web.config.http.SecurityHeaders;
import org.ebox.web.rest.contract.Contract.StatusMessage;
import org.ebox.web.rest.security.ApiCaller;
import org.ebox.web.rest.security.BearerTokens;

/**
 * The application's one authentication mechanism (Jakarta Security 3.0 allows one per application); it chooses by
 * path. The API (under /REST/) takes only bearer tokens, never the browser's session, so that a page cannot be made
 * to call it with a person's cookie. Browser pages use a form login on our own page, which stands in for the CSAM
 * login of the real service in two steps (password, then a one-time code, see LoginBacking); the login lives in the
 * HTTP session, and the person's groups, those of the enterprise chosen, are read anew on each request, so a changed
 * role counts from the next request. A sign-in through the agency's identity provider (OpenID Connect, see
 * IdentityProvider) comes here as a credential too, from the provider's callback, and lives in the session alike.
 */
@DeclareRoles({
    Roles.PERSON,
    Roles.EBOX_READER,
    Roles.ACCESS_MANAGER,
    Roles.ENTERPRISE_ADMINISTRATOR,
    Roles.CHIEF_ACCESS_MANAGER,
    Roles.LOCAL_ADMINISTRATOR,
    Roles.CO_LOCAL_ADMINISTRATOR,
    Roles.USER,
    Roles.PLATFORM_OPERATOR,
    Roles.API_CLIENT,
    Roles.SCOPE_SUMMARY_OWN_EBOX,
    Roles.SCOPE_MESSAGES_FULL,
    Roles.SCOPE_REFERENCE_DATA,
    Roles.SCOPE_PUBLICATION_SENDER
})
@ApplicationScoped
public class EboxAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute that holds the login of the person who logged in with the form. */
    static final String SESSION_LOGIN = EboxAuthenticationMechanism.class.getName() + ".login";
    /** The session attribute that holds the number of the enterprise the person acts for now. */
    public static final String SESSION_ENTERPRISE = EboxAuthenticationMechanism.class.getName() + ".enterprise";
    /** Where a person who asked for a protected page before logging in goes after login. */
    public static final String SESSION_REQUESTED_PAGE = EboxAuthenticationMechanism.class.getName() + ".requested";

    private static final String BEARER = "Bearer ";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String PROVIDER_LOGIN = "/oidc/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    EboxIdentityStore persons;

    @Inject
    EndedProviderSessions endedProviderSessions;

    @Inject
    BearerTokens bearerTokens;

    @Inject
    IdentityProvider provider;

    @EJB
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // Some answers are given here, before any filter (a refused token, the way to the login page).
        SecurityHeaders.apply(request, response);
        if (RequestPaths.isApi(RequestPaths.of(request))) {
            return apiLogin(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(request, context, credential);
        }
        String login = sessionLogin(request);
        if (login != null) {
            Optional<Identity> identity = endedAtTheProvider(request.getSession())
                    ? Optional.empty()
                    : persons.currentIdentityOf(
                            login, (String) request.getSession().getAttribute(SESSION_ENTERPRISE));
            if (identity.isPresent()) {
                return context.notifyContainerAboutLogin(
                        identity.get().caller(), identity.get().groups());
            }
            request.getSession().invalidate();
        }
        if (context.isProtected()) {
            return toLoginPage(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus apiLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        Optional<ApiCaller> caller = authorization != null
                        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? bearerTokens.verify(authorization.substring(BEARER.length()).trim())
                : Optional.empty();
        if (caller.isEmpty()) {
            return unauthorized(response);
        }
        caller.get().attachTo(request);
        return context.notifyContainerAboutLogin(
                caller.get().principal(), caller.get().roles());
    }

    /** 401 with the contract's StatusMessage, and no hint of why the token failed. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/json");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter()
                    .write(json.toJson(new StatusMessage(
                            UUID.randomUUID().toString(), "UNAUTHORIZED", "A valid bearer token is required")));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the 401 answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // Status 401 without an error page: the login page shows the reason itself.
            return context.notifyContainerAboutLogin(result);
        }
        // A new session id at login, so that an id known before login is worth nothing after it.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().removeAttribute(SESSION_ENTERPRISE);
        request.getSession()
                .setAttribute(SESSION_LOGIN, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true)
                    .setAttribute(
                            SESSION_REQUESTED_PAGE, RequestPaths.of(request) + (query == null ? "" : "?" + query));
        }
        try {
            // Where only the identity provider signs people in, straight to it; else our page offers what there is.
            boolean providerOnly = provider.isConfigured() && !signIn.isLocalSignInOpen();
            response.sendRedirect(request.getContextPath() + (providerOnly ? PROVIDER_LOGIN : LOGIN_PAGE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Whether the identity provider ended the session this sign-in came from, on whichever node it said so. */
    private boolean endedAtTheProvider(HttpSession session) {
        return ProviderSessions.of(session).map(endedProviderSessions::hasEnded).orElse(false);
    }

    private static String sessionLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_LOGIN);
    }
}
