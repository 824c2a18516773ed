package org.ebox.web.config.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final ClientAddresses BEHIND_NGINX = new ClientAddresses(Optional.of("127.0.0.1, ::1"));

    @Test
    void withoutTrustedProxiesTheConnectionsAddressCountsWhateverTheHeaderSays() {
        ClientAddresses direct = new ClientAddresses(Optional.empty());
        assertEquals("127.0.0.1", direct.of("127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedCounts() {
        assertEquals("203.0.113.9", BEHIND_NGINX.of("127.0.0.1", List.of("203.0.113.9")));
        assertEquals("2001:db8::7", BEHIND_NGINX.of("::1", List.of("2001:DB8::7")));
    }

    @Test
    void whatAClientWroteIntoTheHeaderItselfIsPassedOver() {
        assertEquals(
                "198.51.100.4",
                BEHIND_NGINX.of("127.0.0.1", List.of("10.9.9.9, 127.0.0.1, 198.51.100.4")),
                "the forged first entry stands left of what nginx appended");
    }

    @Test
    void trustedProxiesInTheChainArePassedToTheFirstUntrustedHop() {
        assertEquals("198.51.100.4", BEHIND_NGINX.of("127.0.0.1", List.of("198.51.100.4", "127.0.0.1")));
    }

    @Test
    void aTrustedProxyThatForwardsNothingReadableCountsAsTheClient() {
        assertEquals("127.0.0.1", BEHIND_NGINX.of("127.0.0.1", List.of()));
        assertEquals("127.0.0.1", BEHIND_NGINX.of("127.0.0.1", List.of("evil.example")));
        assertEquals("127.0.0.1", BEHIND_NGINX.of("127.0.0.1", List.of("198.51.100.4, not-an-address")));
    }

    @Test
    void anUntrustedConnectionIsNeverReplacedByItsHeader() {
        assertEquals("192.0.2.1", BEHIND_NGINX.of("192.0.2.1", List.of("127.0.0.1")));
    }
}
