package org.ebox.web.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * The key pair of an API client that signs its own tokens, as an institution's software would hold it: the public
 * half given to the operator (PEM or JWK), the private half kept here to sign the tokens it sends.
 */
final class ClientKeyPair {

    static final String AUDIENCE = "ebox-enterprise";

    private final RSAKey key;

    ClientKeyPair() {
        try {
            RSAKey generated = new RSAKeyGenerator(2048).generate();
            // Tokens name the key as the e-Box does: by its RFC 7638 thumbprint.
            this.key = new RSAKey.Builder(generated)
                    .keyID(generated.computeThumbprint().toString())
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String keyId() {
        return key.getKeyID();
    }

    String publicPem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(key.toPublicKey().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String publicJwk() {
        return key.toPublicJWK().toJSONString();
    }

    String publicKeySet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A token of five minutes the client signs itself; no scope claim: all it was registered with. */
    String token(String clientId) {
        return token(clientId, Duration.ofMinutes(5));
    }

    String token(String clientId, Duration life) {
        Instant now = Instant.now();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer(clientId)
                            .subject(clientId)
                            .audience(AUDIENCE)
                            .issueTime(Date.from(now))
                            .expirationTime(Date.from(now.plus(life)))
                            .jwtID(UUID.randomUUID().toString())
                            .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
