package org.ebox.web.config.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.ebox.access.boundary.SignIn.PersonClaim;
import org.ebox.access.boundary.SignIn.ProviderAccount;
import org.junit.jupiter.api.Test;

class IdentityProviderTest {

    private static final Optional<List<String>> SUBSTANTIAL = Optional.of(List.of("substantial", "high"));

    @Test
    void aSignInBelowTheLevelsTheAgencyAcceptsOrWithoutOneIsRefused() {
        IdentityProvider.Refused low = assertThrows(
                IdentityProvider.Refused.class, () -> IdentityProvider.checkLevel(new ACR("low"), SUBSTANTIAL));
        assertEquals(IdentityProvider.Refused.Reason.LEVEL_OF_ASSURANCE, low.reason());
        assertThrows(IdentityProvider.Refused.class, () -> IdentityProvider.checkLevel(null, SUBSTANTIAL));
        assertDoesNotThrow(() -> IdentityProvider.checkLevel(new ACR("high"), SUBSTANTIAL));
        assertDoesNotThrow(() -> IdentityProvider.checkLevel(null, Optional.empty()), "no level asked, none checked");
    }

    @Test
    void aMailAddressNamesThePersonOnlyWhenTheProviderVerifiedIt() throws Exception {
        ProviderAccount verified = IdentityProvider.accountOf(claims(true), "email");
        assertEquals(
                new ProviderAccount("https://idp.agency.example", "sub-1", PersonClaim.EMAIL, "luc@people.example"),
                verified);
        assertNull(IdentityProvider.accountOf(claims(false), "email").claimValue());
    }

    @Test
    void anotherClaimNamesThePersonByTheirEboxLogin() throws Exception {
        ProviderAccount byLogin = IdentityProvider.accountOf(claims(false), "preferred_username");
        assertEquals(PersonClaim.LOGIN, byLogin.claim());
        assertEquals("la.zinneke", byLogin.claimValue());
    }

    private static IDTokenClaimsSet claims(boolean emailVerified) throws Exception {
        Instant now = Instant.now();
        return new IDTokenClaimsSet(new JWTClaimsSet.Builder()
                .issuer("https://idp.agency.example")
                .subject("sub-1")
                .audience("ebox-web")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .claim("email", "luc@people.example")
                .claim("email_verified", emailVerified)
                .claim("preferred_username", "la.zinneke")
                .build());
    }
}
