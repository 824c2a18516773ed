package org.ebox.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check itself must catch what generated clients would reject, or the API tests prove nothing. */
class ContractClientTest {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    @Test
    void summaryWithTheContractsFieldsPasses() {
        assertFalse(ContractClient.check(
                        "GET",
                        "/ebox",
                        200,
                        JSON,
                        "{\"numberOfMessages\":3,\"numberOfUnreadMessages\":1,\"eboxSize\":12.5}")
                .hasErrors());
    }

    @Test
    void fieldTheContractDoesNotNameIsAnError() {
        assertTrue(ContractClient.check("GET", "/ebox", 200, JSON, "{\"numberOfMessages\":3,\"mailboxOwner\":\"x\"}")
                .hasErrors());
    }

    @Test
    void missingRequiredFieldOrWrongTypeIsAnError() {
        assertTrue(ContractClient.check("GET", "/ebox", 200, JSON, "{\"numberOfUnreadMessages\":1}")
                .hasErrors());
        assertTrue(ContractClient.check("GET", "/ebox", 200, JSON, "{\"numberOfMessages\":\"three\"}")
                .hasErrors());
    }

    @Test
    void statusMessageWithoutItsIdIsAnError() {
        assertTrue(ContractClient.check(
                        "GET",
                        "/ebox/messages/x",
                        404,
                        JSON,
                        "{\"code\":\"NOT_FOUND\",\"message\":\"Message not found\"}")
                .hasErrors());
    }
}
