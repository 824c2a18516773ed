package org.ebox.web.config.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void withoutAnIdentityProviderFormsLeadToTheEboxAlone() {
        assertEquals(SecurityHeaders.PAGE_POLICY, SecurityHeaders.pagePolicy(null));
    }

    @Test
    void formsMayLeadToTheIdentityProvidersOriginAndNowhereElse() {
        String policy = SecurityHeaders.pagePolicy("https://idp.agency.example");
        assertTrue(policy.contains("form-action 'self' https://idp.agency.example;"), policy);
        assertEquals(
                SecurityHeaders.PAGE_POLICY,
                policy.replace(" https://idp.agency.example", ""),
                "the rest of the policy is the same");
    }
}
