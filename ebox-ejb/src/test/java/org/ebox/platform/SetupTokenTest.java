package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupTokenTest {

    @TempDir
    Path dataDir;

    private SetupToken token() {
        SetupToken token = new SetupToken();
        token.dataDir = dataDir.toString();
        return token;
    }

    @Test
    void theTokenIsAFileOnlyTheServersAccountReadsAndAStartKeepsTheOneThere() throws Exception {
        SetupToken token = token();
        assertTrue(token.issue());
        String written = Files.readString(token.file());
        assertTrue(written.matches("[A-Za-z0-9_-]{43}"), written);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token.file())));
        assertTrue(token.issue());
        assertEquals(written, Files.readString(token.file()), "a restart keeps the token an administrator may hold");
    }

    @Test
    void theTokenIsUsedUpOnceAndAWrongOneLeavesItInPlace() throws Exception {
        SetupToken token = token();
        token.issue();
        String written = Files.readString(token.file());
        assertFalse(token.useUp("not-the-token"));
        assertFalse(token.useUp(null));
        assertTrue(Files.exists(token.file()), "a wrong token uses nothing up");
        assertTrue(token.useUp(written + "\n"));
        assertFalse(Files.exists(token.file()));
        assertFalse(token.useUp(written), "a token works once");
    }

    @Test
    void aDataFolderThatCannotBeWrittenLeavesNoTokenAndStopsNothing() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("a-file"), "");
        SetupToken token = new SetupToken();
        token.dataDir = notAFolder.toString();
        assertFalse(token.issue());
    }
}
