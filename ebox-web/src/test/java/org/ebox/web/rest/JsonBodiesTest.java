package org.ebox.web.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ebox.web.rest.contract.Contract;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    /** The type JAX-RS hands the reader for POST /searchMessageStatus: read by reflection, never by code. */
    @SuppressWarnings("UnusedVariable")
    private static List<Contract.MessageIdEboxId> statusRequest;

    private static final String MASK = "{\"items\":[{\"messageId\":\"m-1\",\"visible\":false}]}";

    @Test
    void aBodyOfTheContractsShapeIsTaken() throws Exception {
        assertDoesNotThrow(() -> JsonBodies.check(MASK, Contract.MessagesToUpdate.class, "The body"));
        assertDoesNotThrow(() -> JsonBodies.check(
                " [{\"messageId\":\"m\",\"eboxId\":{\"eboxType\":\"enterprise\","
                        + "\"eboxIdValue\":\"0812345603\"}}]\r\n",
                statusType(),
                "The body"));
        assertDoesNotThrow(
                () -> JsonBodies.check(
                        "{\"items\":[{\"messageId\":null}],\"totalItems\":-1}",
                        Contract.MessagesToUpdate.class,
                        "The body"),
                "null and missing values are the operation's to judge");
    }

    @Test
    void aBooleanWrittenAsTextOrNumberIsRefusedAndNamedByItsPath() {
        assertEquals(
                "The body is not of the contract's form: items[0].visible must be true or false",
                refused(MASK.replace("false", "\"no\""), Contract.MessagesToUpdate.class));
        refused(MASK.replace("false", "0"), Contract.MessagesToUpdate.class);
    }

    @Test
    void aNumberWhereTextBelongsOrAWholeNumberBeyondTheIntRangeIsRefused() {
        refused(MASK.replace("\"m-1\"", "42"), Contract.MessagesToUpdate.class);
        assertEquals(
                "The body is not of the contract's form: totalItems must be a whole number from -2147483648 to "
                        + "2147483647",
                refused(MASK.replace("]}", "],\"totalItems\":99999999999}"), Contract.MessagesToUpdate.class));
        refused(MASK.replace("]}", "],\"totalItems\":1.5}"), Contract.MessagesToUpdate.class);
    }

    @Test
    void anArrayWhereAnObjectBelongsAndTheReverseAreRefused() throws Exception {
        refused("[" + MASK + "]", Contract.MessagesToUpdate.class);
        refused("{\"items\":{\"messageId\":\"m-1\",\"visible\":false}}", Contract.MessagesToUpdate.class);
        refused("[[{\"messageId\":\"m\"}]]", statusType());
        refused("{\"messageId\":\"m\"}", statusType());
        refused("\"m\"", statusType());
    }

    @Test
    void aFieldTheContractDoesNotNameIsRefused() {
        assertEquals(
                "The body is not of the contract's form: items[0].colour is not a field of the contract",
                refused(MASK.replace("false}", "false,\"colour\":\"red\"}"), Contract.MessagesToUpdate.class));
    }

    @Test
    void malformedJsonAndTextAfterTheValueAreRefusedWithWhereItWentWrong() {
        assertEquals(
                "The body is not valid JSON (line 1, column 44)",
                refused(MASK.substring(0, 43) + ",}]}", Contract.MessagesToUpdate.class));
        refused(MASK + "}", Contract.MessagesToUpdate.class);
        refused(MASK + " trailing", Contract.MessagesToUpdate.class);
        refused(MASK + MASK, Contract.MessagesToUpdate.class);
        refused("{items:[]}", Contract.MessagesToUpdate.class);
        refused("", Contract.MessagesToUpdate.class);
        refused("   ", Contract.MessagesToUpdate.class);
    }

    @Test
    void invalidUtf8IsRefusedAndValidUtf8ComesBackExactly() {
        for (byte[] invalid : new byte[][] {
            {(byte) 0xFF},
            {(byte) 0xC3, (byte) 0x28},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        }) {
            ApiException refused = assertThrows(ApiException.class, () -> JsonBodies.utf8(invalid, "messageToPublish"));
            assertEquals("messageToPublish is not UTF-8, as JSON must be (RFC 8259)", refused.getMessage());
            assertEquals("INVALID_INPUT", refused.getCode());
        }
        assertEquals(
                "{\"nl\":\"Überweisung – été 😀\"}",
                JsonBodies.utf8("{\"nl\":\"Überweisung – été 😀\"}".getBytes(StandardCharsets.UTF_8), "The body"));
    }

    private static String refused(String json, java.lang.reflect.Type type) {
        ApiException refused = assertThrows(ApiException.class, () -> JsonBodies.check(json, type, "The body"), json);
        assertEquals("INVALID_INPUT", refused.getCode());
        assertEquals(400, refused.getStatus().getStatusCode());
        return refused.getMessage();
    }

    private static java.lang.reflect.Type statusType() throws NoSuchFieldException {
        return JsonBodiesTest.class.getDeclaredField("statusRequest").getGenericType();
    }
}
