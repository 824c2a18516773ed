package org.ebox.web.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
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
        try {
            // Cached; a token naming a key id the cache lacks fetches the set anew (at most once per interval), so
            // that a key the provider rotated in is taken at once, and one it rotated out is dropped when the cache
            // expires.
            long lifetime = Duration.ofSeconds(jwksCacheSeconds).toMillis();
            return JWKSourceBuilder.create(URI.create(jwksUrl.get()).toURL())
                    .cache(lifetime, Math.min(15_000, lifetime / 2))
                    .refreshAheadCache(false)
                    .rateLimited(Math.min(30_000, lifetime / 2))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("ebox.api.jwt.jwks-url is not a URL: " + jwksUrl, e);
        }
    }

    String effectiveIssuer() {
        return developmentTokens.isEnabled() ? DevelopmentTokens.ISSUER : issuer.orElseThrow();
    }

    String audience() {
        return audience;
    }

    /** The caller a token stands for, if every check passes. */
    public Optional<ApiCaller> verify(String token) {
        if (processor == null || token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Optional<EnterpriseNumber> organization = organizationOf(claims);
            if (organization.isEmpty()) {
                LOG.fine("Token refused: no valid enterprise number");
                return Optional.empty();
            }
            String clientId =
                    Optional.ofNullable(claims.getStringClaim("client_id")).orElse(claims.getSubject());
            return Optional.of(new ApiCaller(
                    clientId == null ? "unknown" : clientId,
                    organization.get(),
                    scopesOf(claims.getStringClaim("scope")),
                    sha256(token)));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.fine(() -> "Token refused: " + e.getMessage());
            return Optional.empty();
        }
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
