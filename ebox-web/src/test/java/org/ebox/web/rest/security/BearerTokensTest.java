package org.ebox.web.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

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
    void tokenOfAnotherAudienceIsRefused() {
        BearerTokens tokens = bearerTokens(true);
        DevelopmentTokens otherAudience = new DevelopmentTokens();
        otherAudience.enabled = true;
        otherAudience.audience = "another-service";
        otherAudience.makeKey();
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

    private static BearerTokens bearerTokens(boolean developmentTokensOn) {
        DevelopmentTokens development = new DevelopmentTokens();
        development.enabled = developmentTokensOn;
        development.audience = "ebox-enterprise";
        development.makeKey();
        BearerTokens tokens = new BearerTokens();
        tokens.developmentTokens = development;
        tokens.audience = "ebox-enterprise";
        tokens.issuer = Optional.empty();
        tokens.jwksUrl = Optional.empty();
        tokens.configure();
        return tokens;
    }
}
