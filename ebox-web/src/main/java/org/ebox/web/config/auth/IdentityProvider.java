package org.ebox.web.config.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.langtag.LangTag;
import com.nimbusds.langtag.LangTagException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ebox.access.boundary.SignIn.PersonClaim;
import org.ebox.access.boundary.SignIn.ProviderAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The agency's identity provider, when one is configured ({@code ebox.oidc.issuer}): sign-in by OpenID Connect's
 * authorization code flow with PKCE, state and nonce; the ID token checked for issuer, audience, signature, expiry,
 * nonce and level of assurance ({@code acr}); RP-initiated logout; back-channel logout tokens. Every protocol step is
 * the Nimbus OAuth 2.0 SDK's; what is here is configuration and the e-Box's rules. The provider's metadata is read
 * from its discovery document at the first sign-in (so that the e-Box may start before the provider), and its keys
 * are cached and fetched anew when a token names a key id the cache does not know, so that a key rotated at the
 * provider needs no restart.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final Logger LOG = Logger.getLogger(IdentityProvider.class.getName());
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "ebox.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "ebox.oidc.client-id", defaultValue = "ebox-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "ebox.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "ebox.oidc.display-name", defaultValue = "the identity provider")
    String displayName;

    @Inject
    @ConfigProperty(name = "ebox.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    /**
     * The levels of assurance that open an e-Box, comma-separated, as the provider names them (all are asked for, in
     * this order of preference); none: any sign-in the provider makes.
     */
    @Inject
    @ConfigProperty(name = "ebox.oidc.acr-values")
    Optional<String> acrValues;

    /** The ID token's claim that names the person: {@code email} (verified by the provider), or the e-Box login. */
    @Inject
    @ConfigProperty(name = "ebox.oidc.person-claim", defaultValue = "email")
    String personClaim;

    @Inject
    @ConfigProperty(name = "ebox.public-url")
    Optional<String> publicUrl;

    private volatile Provider provider;

    /** What the provider's discovery document said, and the validators made from it. */
    private record Provider(
            OIDCProviderMetadata metadata, IDTokenValidator idTokens, LogoutTokenValidator logoutTokens) {}

    /** The secrets of one sign-in, kept in the session between the redirect to the provider and its answer. */
    public record Pending(String state, String nonce, String codeVerifier) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The redirect to the provider, and what the answer must match. */
    public record Redirect(URI to, Pending pending) {}

    /** A sign-in the provider made and the e-Box checked: the account, and the ID token for the logout later. */
    public record SignedIn(ProviderAccount account, String idToken, String sessionId) {}

    /** Why a sign-in through the provider did not open the e-Box. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** The reasons the person is told apart: all others are "the sign-in failed, try again". */
        public enum Reason {
            FAILED,
            LEVEL_OF_ASSURANCE
        }

        private final Reason reason;

        Refused(Reason reason, String why, Throwable cause) {
            super(why, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    public boolean isConfigured() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    public String displayName() {
        return displayName;
    }

    /** The authentication request: code flow, PKCE (S256), a new state and nonce, the levels asked for. */
    public Redirect authenticationRequest(String language) throws Refused {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(
                        ResponseType.CODE, Scope.parse(scopes), new ClientID(clientId), callback())
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        acceptedLevels()
                .ifPresent(levels ->
                        request.acrValues(levels.stream().map(ACR::new).toList()));
        try {
            request.uiLocales(List.of(LangTag.parse(language)));
        } catch (LangTagException e) {
            LOG.fine(() -> "No ui_locales for " + language);
        }
        return new Redirect(
                request.build().toURI(), new Pending(state.getValue(), nonce.getValue(), verifier.getValue()));
    }

    /**
     * The provider's answer at the callback: the state must be the pending one; the code is exchanged for tokens
     * (with the PKCE verifier and the client's secret); the ID token must pass every check and carry a level of
     * assurance the e-Box accepts.
     */
    public SignedIn complete(URI callbackRequest, Pending pending) throws Refused {
        try {
            AuthenticationResponse answer = AuthenticationResponseParser.parse(callbackRequest);
            if (pending == null || !new State(pending.state()).equals(answer.getState())) {
                throw new Refused(Refused.Reason.FAILED, "The answer's state is not the pending sign-in's", null);
            }
            if (!answer.indicatesSuccess()) {
                throw new Refused(
                        Refused.Reason.FAILED,
                        "The provider answered " + answer.toErrorResponse().getErrorObject(),
                        null);
            }
            AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
            TokenRequest exchange = new TokenRequest(
                    provider().metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(
                            new ClientID(clientId),
                            new Secret(clientSecret.orElseThrow(() ->
                                    new Refused(Refused.Reason.FAILED, "ebox.oidc.client-secret is not set", null)))),
                    new AuthorizationCodeGrant(code, callback(), new CodeVerifier(pending.codeVerifier())));
            HTTPRequest http = exchange.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(http.send());
            if (!tokens.indicatesSuccess()) {
                throw new Refused(
                        Refused.Reason.FAILED,
                        "The token endpoint answered "
                                + tokens.toErrorResponse().getErrorObject(),
                        null);
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
            IDTokenClaimsSet claims = provider().idTokens().validate(idToken, new Nonce(pending.nonce()));
            checkLevel(claims.getACR(), acceptedLevels());
            return new SignedIn(accountOf(claims, personClaim), idToken.serialize(), claims.getStringClaim("sid"));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(Refused.Reason.FAILED, "The sign-in's answer or ID token failed a check", e);
        } catch (IOException e) {
            throw new Refused(Refused.Reason.FAILED, "The provider did not answer the token request", e);
        }
    }

    /** A sign-in opens the e-Box only at a level the agency accepts, when it names any. */
    static void checkLevel(ACR reached, Optional<List<String>> accepted) throws Refused {
        if (accepted.isPresent() && (reached == null || !accepted.get().contains(reached.getValue()))) {
            throw new Refused(
                    Refused.Reason.LEVEL_OF_ASSURANCE,
                    "The sign-in reached " + (reached == null ? "no level" : reached.getValue()) + ", not one of "
                            + accepted.get(),
                    null);
        }
    }

    private Optional<List<String>> acceptedLevels() {
        return acrValues
                .map(values -> Arrays.stream(values.split(","))
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .toList())
                .filter(values -> !values.isEmpty());
    }

    /** The account as the e-Box's sign-in takes it; a mail address counts only when the provider verified it. */
    static ProviderAccount accountOf(IDTokenClaimsSet claims, String personClaim) {
        boolean byEmail = "email".equals(personClaim);
        String value = claims.getStringClaim(personClaim);
        if (byEmail && !Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
            value = null;
        }
        return new ProviderAccount(
                claims.getIssuer().getValue(),
                claims.getSubject().getValue(),
                byEmail ? PersonClaim.EMAIL : PersonClaim.LOGIN,
                value);
    }

    /**
     * Where the browser goes to end the provider's session too (RP-initiated logout), then comes back to the given
     * page of the e-Box; empty when the provider offers no logout endpoint.
     */
    public Optional<URI> logoutRequest(String idToken, String pageAndQuery) {
        try {
            URI endpoint = provider().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(
                    new LogoutRequest(endpoint, JWTParser.parse(idToken), absolute(pageAndQuery), null).toURI());
        } catch (Refused | java.text.ParseException e) {
            LOG.warning(() -> "No logout at the provider: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The provider's session a back-channel logout token ends, once the token passed every check. */
    public String endedSession(String logoutToken) throws Refused {
        try {
            LogoutTokenClaimsSet claims = provider().logoutTokens().validate(JWTParser.parse(logoutToken));
            if (claims.getSessionID() == null) {
                throw new Refused(Refused.Reason.FAILED, "The logout token names no session", null);
            }
            return claims.getSessionID().getValue();
        } catch (java.text.ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(Refused.Reason.FAILED, "The logout token failed a check", e);
        }
    }

    private URI callback() {
        return absolute("/oidc/callback");
    }

    private URI absolute(String pageAndQuery) {
        String root = publicUrl.orElseThrow(() ->
                new IllegalStateException("ebox.public-url must be set for sign-in through an identity provider"));
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + pageAndQuery);
    }

    private Provider provider() throws Refused {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (provider == null) {
                provider = discover();
            }
            return provider;
        }
    }

    private Provider discover() throws Refused {
        Issuer expected = new Issuer(issuer.orElseThrow());
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(expected, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL())
                    .retrying(true)
                    .build();
            ClientID client = new ClientID(clientId);
            return new Provider(
                    metadata,
                    new IDTokenValidator(
                            expected, client, new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys), null),
                    new LogoutTokenValidator(
                            expected, client, new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys), null));
        } catch (GeneralException | MalformedURLException e) {
            throw new Refused(Refused.Reason.FAILED, "The provider's discovery document is not usable", e);
        } catch (IOException e) {
            throw new Refused(Refused.Reason.FAILED, "The provider's discovery document did not come", e);
        }
    }
}
