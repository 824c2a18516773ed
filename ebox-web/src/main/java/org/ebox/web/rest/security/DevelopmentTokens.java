package org.ebox.web.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.ebox.platform.SecretFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a person try the API in the default run: a signing key made at the first start, kept in the data folder (so
 * that every node of a cluster, which shares the folder, takes the tokens any node minted), and tokens minted with it
 * on request (POST /dev/token). Off unless {@code ebox.api.dev-tokens.enabled} is true, which only the
 * development configuration sets; when on, its tokens stand in for the identity provider's (registered clients' own
 * tokens count as well).
 */
@ApplicationScoped
public class DevelopmentTokens {

    public static final String ISSUER = "ebox-development";
    static final Duration LIFETIME = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "ebox.api.dev-tokens.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "ebox.api.jwt.audience", defaultValue = "ebox-enterprise")
    String audience;

    @Inject
    @ConfigProperty(name = "ebox.data.dir", defaultValue = "./data")
    String dataDir;

    private RSAKey signingKey;

    @PostConstruct
    void makeKey() {
        if (!enabled) {
            return;
        }
        Path file = Path.of(dataDir, "secrets", "dev-signing-key.jwk");
        try {
            signingKey = RSAKey.parse(SecretFiles.once(file, DevelopmentTokens::newKey));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot keep the development signing key in " + file, e);
        }
    }

    private static String newKey() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID("dev-" + UUID.randomUUID())
                    .generate()
                    .toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make the development signing key", e);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    JWKSet publicKeys() {
        return new JWKSet(signingKey.toPublicJWK());
    }

    /** A signed token for a client acting for an organisation with the given scopes. */
    public String mint(String clientId, EnterpriseNumber organization, Set<Scope> scopes, Duration lifetime) {
        if (!enabled) {
            throw new IllegalStateException("Development tokens are off");
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", scopes.stream().map(Scope::value).collect(Collectors.joining(" ")))
                .claim(BearerTokens.ORGANIZATION_CLAIM, organization.value())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }
}
