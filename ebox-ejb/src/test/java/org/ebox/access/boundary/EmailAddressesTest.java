package org.ebox.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"info@zinneke.be", "first.last+ebox@sub.example.com", "  padded@example.be  "})
    void plainAddressesWithADottedDomainAreTakenTrimmed(String address) {
        assertEquals(address.trim(), EmailAddresses.valid(address));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "no-at-sign",
                "@example.be",
                "two@@example.be",
                "a@b",
                "a@b.",
                "a@.be",
                "x@example.be, y@example.be",
                "Name <x@example.be>",
                "x y@example.be"
            })
    void anythingElseIsRefusedAsAnInvalidEmail(String address) {
        AccessRefused refused = assertThrows(AccessRefused.class, () -> EmailAddresses.valid(address));
        assertEquals(AccessRefused.Reason.INVALID_EMAIL, refused.reason());
    }

    @org.junit.jupiter.api.Test
    void nullIsRefusedToo() {
        assertThrows(AccessRefused.class, () -> EmailAddresses.valid(null));
    }
}
