package org.ebox.web.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.ebox.access.boundary.RegisteredClients.RegisteredClient;
import org.ebox.access.entity.ApiClient.Credential;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a token that a registered client signed itself with its own key (RFC 7523's JWT, sent as the bearer token):
 * issuer and subject are its client id, the audience is the e-Box's, it carries an id and lives at most an hour. The
 * key is one kept for the client (its public keys, of which the revoked ones are gone) or one of the key set it
 * publishes at its URL, fetched with nimbus's cache.
 */
@ApplicationScoped
public class ClientSignedTokens {

    /** The longest life a client may give its own token: a stolen one is worth little for long. */
    static final Duration LONGEST_LIFE = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ClientSignedTokens.class.getName());

    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.audience", defaultValue = "ebox-enterprise")
    String audience;

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.clock-skew-seconds", defaultValue = "60")
    int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.jwks-cache-seconds", defaultValue = "300")
    long jwksCacheSeconds;

    /** One cached source per key set URL; what a client publishes there is its business, and rotates there. */
    private final Map<String, JWKSource<SecurityContext>> keySets = new ConcurrentHashMap<>();

    /** The token's claims if the client's key signed it and every check passes. */
    JWTClaimsSet verify(SignedJWT token, RegisteredClient client)
            throws BadJOSEException, JOSEException, ParseException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keysOf(client)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder()
                        .issuer(client.clientId())
                        .subject(client.clientId())
                        .build(),
                Set.of("exp", "iat", "jti"));
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
        JWTClaimsSet verified = processor.process(token, null);
        long life =
                verified.getExpirationTime().getTime() - verified.getIssueTime().getTime();
        if (life > LONGEST_LIFE.toMillis()) {
            throw new BadJOSEException("a client's own token lives at most " + LONGEST_LIFE);
        }
        if (verified.getIssueTime().getTime() > System.currentTimeMillis() + clockSkewSeconds * 1000L) {
            throw new BadJOSEException("issued in the future");
        }
        return verified;
    }

    private JWKSource<SecurityContext> keysOf(RegisteredClient client) throws ParseException {
        if (client.credential() == Credential.KEY_SET_URL) {
            return keySets.computeIfAbsent(client.keySetUrl(), this::keySetAt);
        }
        List<JWK> keys = new ArrayList<>();
        for (String json : client.publicKeys()) {
            keys.add(JWK.parse(json));
        }
        return new ImmutableJWKSet<>(new JWKSet(keys));
    }

    private JWKSource<SecurityContext> keySetAt(String url) {
        LOG.fine(() -> "Key set of a registered client at " + url);
        return KeySets.cachedAt(url, jwksCacheSeconds);
    }
}
