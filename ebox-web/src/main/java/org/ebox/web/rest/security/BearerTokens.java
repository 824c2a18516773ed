package org.ebox.web.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ebox.access.boundary.RegisteredClients;
import org.ebox.access.boundary.RegisteredClients.RegisteredClient;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.common.control.Sha256;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the API's bearer tokens with nimbus-jose-jwt: RS256 signature against the configured keys (the identity
 * provider's JWKS address, or in development the key of {@link DevelopmentTokens}), issuer, audience, expiry, and the
 * claims the e-Box needs. A token that fails any check is worth nothing; why is logged, never answered.
 */
@ApplicationScoped
public class BearerTokens {

    /** The claim that names the organisation of the caller (CBE number, possibly without its leading zero). */
    public static final String ORGANIZATION_CLAIM = "urn:be:fgov:kbo-bce:organization:cbe-number";

    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.audience", defaultValue = "ebox-enterprise")
    String audience;

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.jwks-url")
    Optional<String> jwksUrl;

    /** How far the provider's clock may be from ours when a token's times are checked. */
    @Inject
    @ConfigProperty(name = "ebox.api.jwt.clock-skew-seconds", defaultValue = "60")
    int clockSkewSeconds;

    /** How long the provider's key set is kept before it is fetched anew. */
    @Inject
    @ConfigProperty(name = "ebox.api.jwt.jwks-cache-seconds", defaultValue = "300")
    long jwksCacheSeconds;

    @Inject
    DevelopmentTokens developmentTokens;

    @Inject
    ClientSignedTokens clientSignedTokens;

    @EJB
    RegisteredClients registeredClients;

    private ConfigurableJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        JWKSource<SecurityContext> keys = keys();
        if (keys == null) {
            LOG.warning("No issuer or keys to verify API tokens (ebox.api.jwt.issuer, ebox.api.jwt.jwks-url):"
                    + " every API call is refused");
            return;
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(effectiveIssuer()).build(),
                Set.of("exp", "iat", "scope", ORGANIZATION_CLAIM));
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
    }

    private JWKSource<SecurityContext> keys() {
        if (developmentTokens.isEnabled()) {
            return new ImmutableJWKSet<>(developmentTokens.publicKeys());
        }
        if (jwksUrl.isEmpty() || issuer.isEmpty()) {
            return null;
        }
        return KeySets.cachedAt(jwksUrl.get(), jwksCacheSeconds);
    }

    String effectiveIssuer() {
        return developmentTokens.isEnabled() ? DevelopmentTokens.ISSUER : issuer.orElseThrow();
    }

    String audience() {
        return audience;
    }

    /**
     * The caller a token stands for, if every check passes. A token of the identity provider (or, in development, of
     * {@link DevelopmentTokens}) counts for a client registered with that credential; any other token must be one a
     * registered client signed itself. Either way the client must not be revoked, acts for the organisation it was
     * registered for, and has no scope beyond those registered. Development tokens of a client nobody registered
     * count as they are: they exist only in the development configuration.
     */
    public Optional<ApiCaller> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            // Parsed once: the issuer says which check applies, and that check takes the parsed token.
            SignedJWT jwt = SignedJWT.parse(token);
            String tokenIssuer = jwt.getJWTClaimsSet().getIssuer();
            return processor != null && effectiveIssuer().equals(tokenIssuer)
                    ? fromProvider(jwt, token)
                    : fromClient(jwt, token, tokenIssuer);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.fine(() -> "Token refused: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<ApiCaller> fromProvider(SignedJWT jwt, String token)
            throws ParseException, BadJOSEException, JOSEException {
        JWTClaimsSet claims = processor.process(jwt, null);
        Optional<EnterpriseNumber> organization = organizationOf(claims);
        if (organization.isEmpty()) {
            LOG.fine("Token refused: no valid enterprise number");
            return Optional.empty();
        }
        String clientId =
                Optional.ofNullable(claims.getStringClaim("client_id")).orElse(claims.getSubject());
        Set<Scope> scopes = scopesOf(claims.getStringClaim("scope"));
        Optional<RegisteredClient> registered = registeredClients.find(clientId);
        if (registered.isEmpty()) {
            if (developmentTokens.isEnabled() && clientId != null) {
                return Optional.of(new ApiCaller(clientId, organization.get(), scopes, sha256(token)));
            }
            LOG.fine(() -> "Token refused: client " + clientId + " is not registered");
            return Optional.empty();
        }
        if (registered.get().credential() != Credential.IDENTITY_PROVIDER && !developmentTokens.isEnabled()) {
            LOG.fine(() -> "Token refused: client " + clientId + " signs its own tokens");
            return Optional.empty();
        }
        return asRegistered(registered.get(), organization, scopes, token);
    }

    private Optional<ApiCaller> fromClient(SignedJWT jwt, String token, String clientId)
            throws ParseException, BadJOSEException, JOSEException {
        Optional<RegisteredClient> registered = registeredClients.find(clientId);
        if (registered.isEmpty() || registered.get().credential() == Credential.IDENTITY_PROVIDER) {
            LOG.fine(() -> "Token refused: no registered client " + clientId + " signs its own tokens");
            return Optional.empty();
        }
        if (registered.get().revoked()) {
            // Refused before its signature is checked: a revoked client's key set is not fetched again.
            LOG.fine(() -> "Token refused: client " + clientId + " is revoked");
            return Optional.empty();
        }
        JWTClaimsSet claims = clientSignedTokens.verify(jwt, registered.get());
        // The organisation claim is optional here (the registration says it); one that is there must be valid.
        Optional<EnterpriseNumber> organization = Optional.empty();
        if (claims.getClaim(ORGANIZATION_CLAIM) != null) {
            organization = organizationOf(claims);
            if (organization.isEmpty()) {
                return Optional.empty();
            }
        }
        String scope = claims.getStringClaim("scope");
        Set<Scope> scopes = scope == null ? EnumSet.allOf(Scope.class) : scopesOf(scope);
        return asRegistered(registered.get(), organization, scopes, token);
    }

    /**
     * The caller as its registration allows: refused if revoked or if the token claims another organisation; its
     * scopes are those both the token and the registration name.
     */
    private static Optional<ApiCaller> asRegistered(
            RegisteredClient client, Optional<EnterpriseNumber> claimed, Set<Scope> asked, String token) {
        EnterpriseNumber organization = new EnterpriseNumber(client.organizationNumber());
        if (client.revoked()) {
            LOG.fine(() -> "Token refused: client " + client.clientId() + " is revoked");
            return Optional.empty();
        }
        if (claimed.isPresent() && !claimed.get().equals(organization)) {
            LOG.warning(() -> "Token refused: client " + client.clientId() + " claims organisation "
                    + claimed.get().value() + " but is registered for " + organization.value());
            return Optional.empty();
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        asked.stream().filter(s -> client.scopes().contains(s.shortName())).forEach(scopes::add);
        return Optional.of(new ApiCaller(client.clientId(), organization, scopes, sha256(token)));
    }

    /** The organisation claim, a string or a list of one, padded with leading zeros to ten digits. */
    static Optional<EnterpriseNumber> organizationOf(JWTClaimsSet claims) throws ParseException {
        Object claim = claims.getClaim(ORGANIZATION_CLAIM);
        String written = claim instanceof List<?> list && !list.isEmpty()
                ? String.valueOf(list.get(0))
                : claim == null ? null : String.valueOf(claim);
        if (written == null || !written.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        String digits = "0".repeat(10 - written.length()) + written;
        return EnterpriseNumber.isValid(digits) ? Optional.of(new EnterpriseNumber(digits)) : Optional.empty();
    }

    static Set<Scope> scopesOf(String scopeClaim) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (scopeClaim != null) {
            Arrays.stream(scopeClaim.split(" "))
                    .map(Scope::parse)
                    .flatMap(Optional::stream)
                    .forEach(scopes::add);
        }
        return scopes;
    }

    /** A token is ASCII: its UTF-8 bytes are its bytes. */
    static String sha256(String token) {
        return Sha256.hex(token);
    }
}
