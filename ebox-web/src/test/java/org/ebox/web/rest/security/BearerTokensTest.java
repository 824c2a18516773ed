package org.ebox.web.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ebox.access.boundary.RegisteredClients;
import org.ebox.access.boundary.RegisteredClients.RegisteredClient;
import org.ebox.access.entity.ApiClient.Credential;
import org.ebox.access.entity.ApiClient.Purpose;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokensTest {

    /** The data folder of the tests' e-Box, where the development tokens' key is kept. */
    @TempDir
    static Path dataFolder;

    private static final EnterpriseNumber ZINNEKE = EnterpriseNumber.withCheckDigits("08123456");

    @Test
    void validTokenGivesItsClientOrganisationAndScopes() {
        BearerTokens tokens = bearerTokens(true);
        String token = tokens.developmentTokens.mint(
                "payroll", ZINNEKE, EnumSet.of(Scope.MESSAGES_FULL), Duration.ofMinutes(5));
        ApiCaller caller = tokens.verify(token).orElseThrow();
        assertEquals("payroll", caller.clientId());
        assertEquals(ZINNEKE, caller.organization());
        assertEquals(Set.of(Scope.MESSAGES_FULL), caller.scopes());
        assertEquals(64, caller.tokenHash().length(), "only a SHA-256 of the token is kept");
    }

    @Test
    void expiredTokenIsRefused() {
        BearerTokens tokens = bearerTokens(true);
        String expired = tokens.developmentTokens.mint(
                "payroll", ZINNEKE, EnumSet.of(Scope.MESSAGES_FULL), Duration.ofMinutes(-5));
        assertTrue(tokens.verify(expired).isEmpty());
    }

    @Test
    void aDevelopmentTokenMintedByOneNodeCountsOnAnotherThatSharesTheDataFolder() {
        BearerTokens otherNode = bearerTokens(true);
        DevelopmentTokens firstNode = developmentTokens(true, "ebox-enterprise", dataFolder);
        String token = firstNode.mint("payroll", ZINNEKE, EnumSet.of(Scope.MESSAGES_FULL), Duration.ofMinutes(5));
        assertTrue(otherNode.verify(token).isPresent());
    }

    @Test
    void tokenOfAnotherAudienceIsRefused(@TempDir Path anotherDataFolder) {
        BearerTokens tokens = bearerTokens(true);
        DevelopmentTokens otherAudience = developmentTokens(true, "another-service", anotherDataFolder);
        String token = otherAudience.mint("x", ZINNEKE, EnumSet.allOf(Scope.class), Duration.ofMinutes(5));
        assertTrue(tokens.verify(token).isEmpty(), "signed by another key and for another audience");
    }

    @Test
    void withoutDevelopmentTokensOrAnIdentityProviderEveryTokenIsRefused() {
        BearerTokens on = bearerTokens(true);
        String token = on.developmentTokens.mint("payroll", ZINNEKE, EnumSet.allOf(Scope.class), Duration.ofMinutes(5));
        assertTrue(bearerTokens(false).verify(token).isEmpty());
    }

    @Test
    void organisationClaimIsPaddedToTenDigitsAndMustBeAValidNumber() throws Exception {
        assertEquals(
                Optional.of(ZINNEKE),
                BearerTokens.organizationOf(claim(ZINNEKE.value().substring(1))));
        assertEquals(Optional.of(ZINNEKE), BearerTokens.organizationOf(claim(List.of(ZINNEKE.value()))));
        assertTrue(BearerTokens.organizationOf(claim("0812345604")).isEmpty(), "wrong check digits");
        assertTrue(BearerTokens.organizationOf(claim("BE0812345603")).isEmpty());
        assertTrue(
                BearerTokens.organizationOf(new JWTClaimsSet.Builder().build()).isEmpty());
    }

    @Test
    void theOperatorsScopeIsReadInFullOnlyAndMakesAPlatformOperator() {
        assertEquals(EnumSet.of(Scope.OPERATIONS), BearerTokens.scopesOf("openid ebox:operations"));
        assertTrue(BearerTokens.scopesOf("operations").isEmpty(), "a scope merely called so");
        assertTrue(BearerTokens.scopesOf(Scope.PREFIX + "operations").isEmpty(), "no scope of the contract's");
        ApiCaller operator = new ApiCaller("ops", ZINNEKE, EnumSet.of(Scope.OPERATIONS), "hash");
        assertTrue(operator.roles().contains(org.ebox.platform.security.Roles.PLATFORM_OPERATOR));
        ApiCaller sender =
                new ApiCaller("payroll", ZINNEKE, EnumSet.complementOf(EnumSet.of(Scope.OPERATIONS)), "hash");
        assertFalse(sender.roles().contains(org.ebox.platform.security.Roles.PLATFORM_OPERATOR));
    }

    @Test
    void scopesAreReadInFullAndUnknownOnesIgnored() {
        assertEquals(
                EnumSet.of(Scope.SUMMARY_OWN_EBOX, Scope.REFERENCE_DATA),
                BearerTokens.scopesOf(Scope.SUMMARY_OWN_EBOX.value() + " openid " + Scope.REFERENCE_DATA.value()));
        assertTrue(BearerTokens.scopesOf(null).isEmpty());
    }

    private static JWTClaimsSet claim(Object value) {
        return new JWTClaimsSet.Builder()
                .claim(BearerTokens.ORGANIZATION_CLAIM, value)
                .build();
    }

    @Test
    void aRegisteredClientsOwnTokenCountsForItsRegisteredOrganisationAndScopesOnly() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        BearerTokens tokens = bearerTokens(false, client("payroll", Credential.PUBLIC_KEY, false, key));
        ApiCaller caller = tokens.verify(ownToken("payroll", key, Duration.ofMinutes(5), null, null))
                .orElseThrow();
        assertEquals(ZINNEKE, caller.organization());
        assertEquals(EnumSet.of(Scope.MESSAGES_FULL, Scope.REFERENCE_DATA), caller.scopes(), "the registered ones");
        ApiCaller narrowed = tokens.verify(ownToken(
                        "payroll",
                        key,
                        Duration.ofMinutes(5),
                        Scope.MESSAGES_FULL.value() + " " + Scope.PUBLICATION_SENDER.value(),
                        null))
                .orElseThrow();
        assertEquals(
                EnumSet.of(Scope.MESSAGES_FULL), narrowed.scopes(), "what both the token and the registration name");
        assertTrue(
                tokens.verify(ownToken("payroll", key, Duration.ofMinutes(5), null, "0206731645"))
                        .isEmpty(),
                "a token that claims another organisation");
    }

    @Test
    void aClientsOwnTokenIsRefusedWhenRevokedSignedWithAnotherKeyLongLivedOrOfAnUnknownClient() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate();
        RSAKey other = new RSAKeyGenerator(2048).generate();
        assertTrue(
                bearerTokens(false, client("payroll", Credential.PUBLIC_KEY, true, key))
                        .verify(ownToken("payroll", key, Duration.ofMinutes(5), null, null))
                        .isEmpty(),
                "revoked");
        BearerTokens tokens = bearerTokens(false, client("payroll", Credential.PUBLIC_KEY, false, key));
        assertTrue(
                tokens.verify(ownToken("payroll", other, Duration.ofMinutes(5), null, null))
                        .isEmpty(),
                "a key not registered for it");
        assertTrue(
                tokens.verify(ownToken("payroll", key, Duration.ofHours(2), null, null))
                        .isEmpty(),
                "living over an hour");
        assertTrue(
                tokens.verify(ownToken("stranger", key, Duration.ofMinutes(5), null, null))
                        .isEmpty(),
                "no such client");
        assertTrue(
                bearerTokens(false, client("payroll", Credential.IDENTITY_PROVIDER, false, key))
                        .verify(ownToken("payroll", key, Duration.ofMinutes(5), null, null))
                        .isEmpty(),
                "a client of the identity provider signs no token itself");
    }

    @Test
    void aRevokedClientsProviderTokenIsRefusedAndARegisteredOneIsHeldToItsRegistration() {
        BearerTokens revoked = bearerTokens(true, client("payroll", Credential.IDENTITY_PROVIDER, true, null));
        String token = revoked.developmentTokens.mint(
                "payroll", ZINNEKE, EnumSet.of(Scope.MESSAGES_FULL), Duration.ofMinutes(5));
        assertTrue(revoked.verify(token).isEmpty());
        BearerTokens registered = bearerTokens(true, client("payroll", Credential.IDENTITY_PROVIDER, false, null));
        String wide = registered.developmentTokens.mint(
                "payroll", ZINNEKE, EnumSet.of(Scope.MESSAGES_FULL, Scope.OPERATIONS), Duration.ofMinutes(5));
        assertEquals(
                EnumSet.of(Scope.MESSAGES_FULL),
                registered.verify(wide).orElseThrow().scopes());
        String elsewhere = registered.developmentTokens.mint(
                "payroll", new EnterpriseNumber("0206731645"), EnumSet.of(Scope.MESSAGES_FULL), Duration.ofMinutes(5));
        assertTrue(registered.verify(elsewhere).isEmpty(), "acting for another organisation than registered");
    }

    /** A consultation client of Zinneke with two of the three consultation scopes. */
    private static RegisteredClient client(String id, Credential credential, boolean revoked, RSAKey key) {
        return new RegisteredClient(
                id,
                ZINNEKE.value(),
                Purpose.CONSULTATION,
                Set.of("messagesfull", "referencedata"),
                credential,
                null,
                key == null ? List.of() : List.of(key.toPublicJWK().toJSONString()),
                revoked);
    }

    private static String ownToken(String clientId, RSAKey key, Duration life, String scope, String organization)
            throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience("ebox-enterprise")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(life)))
                .jwtID(UUID.randomUUID().toString());
        if (scope != null) {
            claims.claim("scope", scope);
        }
        if (organization != null) {
            claims.claim(BearerTokens.ORGANIZATION_CLAIM, organization);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** A node's development tokens, keeping their key in this data folder. */
    private static DevelopmentTokens developmentTokens(boolean enabled, String audience, Path folder) {
        DevelopmentTokens development = new DevelopmentTokens();
        development.enabled = enabled;
        development.audience = audience;
        development.dataDir = folder.toString();
        development.makeKey();
        return development;
    }

    private static BearerTokens bearerTokens(boolean developmentTokensOn) {
        return bearerTokens(developmentTokensOn, null);
    }

    private static BearerTokens bearerTokens(boolean developmentTokensOn, RegisteredClient registered) {
        DevelopmentTokens development = developmentTokens(developmentTokensOn, "ebox-enterprise", dataFolder);
        BearerTokens tokens = new BearerTokens();
        tokens.developmentTokens = development;
        tokens.audience = "ebox-enterprise";
        tokens.issuer = Optional.empty();
        tokens.jwksUrl = Optional.empty();
        tokens.registeredClients = new RegisteredClients() {
            @Override
            public Optional<RegisteredClient> find(String clientId) {
                return Optional.ofNullable(registered).filter(c -> c.clientId().equals(clientId));
            }
        };
        ClientSignedTokens own = new ClientSignedTokens();
        own.audience = "ebox-enterprise";
        own.clockSkewSeconds = 60;
        own.jwksCacheSeconds = 300;
        tokens.clientSignedTokens = own;
        tokens.configure();
        return tokens;
    }
}
