package org.ebox.enterprise.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnterpriseConsentTest {

    private final Enterprise enterprise = new Enterprise(
            new EnterpriseNumber("0403170701"), "Test SA", EnterpriseDomain.NSSO_EMPLOYER, "info@test.example");

    @Test
    void fullyDigitalConsentRecordsWhenAndByWhom() {
        OffsetDateTime when = OffsetDateTime.parse("2026-03-01T10:15:00+01:00");
        assertFalse(enterprise.isFullyDigital());
        enterprise.consentToFullyDigital("person-1", when);
        assertTrue(enterprise.isFullyDigital());
        assertEquals(when, enterprise.getFullyDigitalAt());
        assertEquals("person-1", enterprise.getFullyDigitalBy());
    }

    @Test
    void givingTheConsentAgainKeepsTheFirstConsent() {
        OffsetDateTime first = OffsetDateTime.parse("2026-03-01T10:15:00+01:00");
        enterprise.consentToFullyDigital("person-1", first);
        enterprise.consentToFullyDigital("person-2", first.plusDays(3));
        assertEquals(first, enterprise.getFullyDigitalAt());
        assertEquals("person-1", enterprise.getFullyDigitalBy());
    }

    @Test
    void noPublicMethodCanWithdrawTheConsent() {
        boolean anyWithdrawal = Arrays.stream(Enterprise.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .anyMatch(name -> name.startsWith("setFullyDigital")
                        || name.contains("withdraw")
                        || name.contains("revoke")
                        || name.contains("undo"));
        assertFalse(anyWithdrawal, "the fully digital consent is irreversible");
    }
}
