package org.ebox.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.ebox.access.control.ClientKeys.Flaw;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void aPemAndAJwkOfTheSameKeyAreOneKeyNamedByItsThumbprintWithoutPrivateParts() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("the-clients-own-name").generate();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(rsa.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        ClientKeys.PublicKey fromJwk = ClientKeys.parse(rsa.toPublicJWK().toJSONString());
        ClientKeys.PublicKey fromPem = ClientKeys.parse(pem);
        assertEquals(rsa.computeThumbprint().toString(), fromJwk.keyId());
        assertEquals(fromJwk, fromPem);
        JWK kept = JWK.parse(fromJwk.json());
        assertFalse(kept.isPrivate());
        assertEquals(fromJwk.keyId(), kept.getKeyID(), "tokens name the key by its thumbprint");
    }

    @Test
    void anEcKeyOnANistCurveIsTaken() throws Exception {
        ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
        assertEquals(
                ec.computeThumbprint().toString(),
                ClientKeys.parse(ec.toPublicJWK().toJSONString()).keyId());
    }

    @Test
    void aPrivateKeyOrASharedSecretIsRefusedAsSuch() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).generate();
        OctetSequenceKey secret = new OctetSequenceKeyGenerator(256).generate();
        assertEquals(Flaw.PRIVATE, flawOf(rsa.toJSONString()));
        assertEquals(Flaw.PRIVATE, flawOf(secret.toJSONString()));
        assertEquals(Flaw.PRIVATE, flawOf("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"));
    }

    @Test
    void aShortRsaKeyIsWeakAndTextThatIsNoKeyIsUnreadable() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        RSAKey shortKey = new RSAKey.Builder((java.security.interfaces.RSAPublicKey)
                        generator.generateKeyPair().getPublic())
                .build();
        assertEquals(Flaw.WEAK, flawOf(shortKey.toJSONString()));
        assertEquals(Flaw.UNREADABLE, flawOf("my key"));
        assertEquals(Flaw.UNREADABLE, flawOf("{\"kty\":\"RSA\"}"));
        assertEquals(Flaw.UNREADABLE, flawOf("-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----"));
        assertEquals(Flaw.UNREADABLE, flawOf(" "));
    }

    private static Flaw flawOf(String text) {
        return assertThrows(ClientKeys.Unusable.class, () -> ClientKeys.parse(text))
                .flaw();
    }
}
