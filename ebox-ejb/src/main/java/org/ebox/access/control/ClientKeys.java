package org.ebox.access.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Set;

/**
 * Reads the public key an operator registers for an API client, as a JWK (JSON) or a PEM public key, with
 * nimbus-jose-jwt. Only keys the API's signatures can use pass: RSA of 2048 bits or more, or EC on a NIST curve; no
 * private key (a client's private key must never leave it) and no shared secret.
 */
public final class ClientKeys {

    /** The shortest RSA key accepted, as NIST and the ANSSI advise beyond 2030 for 2048 at least. */
    static final int SHORTEST_RSA_BITS = 2048;

    private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

    /** What is wrong with the text given as a key. */
    public enum Flaw {
        /** Neither a JWK nor a PEM public key. */
        UNREADABLE,
        /** It holds a private key (or a shared secret): the client should make a new key pair. */
        PRIVATE,
        /** A key type, size or curve the API does not take. */
        WEAK
    }

    /** A text that is no usable public key. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final Flaw flaw;

        Unusable(Flaw flaw, String why) {
            super(why);
            this.flaw = flaw;
        }

        public Flaw flaw() {
            return flaw;
        }
    }

    /** A usable public key: its RFC 7638 thumbprint, which names it, and its public JWK as JSON. */
    public record PublicKey(String keyId, String json) {}

    private ClientKeys() {}

    public static PublicKey parse(String text) throws Unusable {
        if (text == null || text.isBlank()) {
            throw new Unusable(Flaw.UNREADABLE, "no key");
        }
        JWK key = read(text.strip());
        if (key.isPrivate() || key instanceof OctetSequenceKey) {
            throw new Unusable(Flaw.PRIVATE, "a private key or a shared secret");
        }
        if (!(key instanceof RSAKey || key instanceof ECKey)) {
            throw new Unusable(Flaw.WEAK, "key type " + key.getKeyType());
        }
        if (key instanceof RSAKey rsa && rsa.size() < SHORTEST_RSA_BITS) {
            throw new Unusable(Flaw.WEAK, "RSA of " + rsa.size() + " bits");
        }
        if (key instanceof ECKey ec && !CURVES.contains(ec.getCurve())) {
            throw new Unusable(Flaw.WEAK, "curve " + ec.getCurve());
        }
        try {
            String thumbprint = key.computeThumbprint().toString();
            // The key id tokens name is the thumbprint, whatever id the client's JWK had.
            JWK named = key instanceof RSAKey rsa
                    ? new RSAKey.Builder(rsa.toPublicJWK()).keyID(thumbprint).build()
                    : new ECKey.Builder(((ECKey) key).toPublicJWK())
                            .keyID(thumbprint)
                            .build();
            return new PublicKey(thumbprint, named.toJSONString());
        } catch (JOSEException e) {
            throw new Unusable(Flaw.UNREADABLE, e.getMessage());
        }
    }

    /** A PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo), read by the JDK's own key factories. */
    private static JWK fromPem(String text) throws GeneralSecurityException {
        String body = text.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(body));
        try {
            return new RSAKey.Builder(
                            (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec))
                    .build();
        } catch (InvalidKeySpecException notRsa) {
            ECPublicKey ec = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
            Curve curve = Curve.forECParameterSpec(ec.getParams());
            if (curve == null) {
                throw new InvalidKeySpecException("an EC key on a curve without a JOSE name");
            }
            return new ECKey.Builder(curve, ec).build();
        }
    }

    private static JWK read(String text) throws Unusable {
        try {
            if (text.startsWith("{")) {
                return JWK.parse(text);
            }
            if (text.contains("PRIVATE KEY")) {
                throw new Unusable(Flaw.PRIVATE, "a PEM private key");
            }
            if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
                return fromPem(text);
            }
        } catch (ParseException | GeneralSecurityException | RuntimeException e) {
            throw new Unusable(Flaw.UNREADABLE, e.getMessage());
        }
        throw new Unusable(Flaw.UNREADABLE, "neither a JWK nor a PEM public key");
    }
}
