package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    /** The whole header: one quoted ASCII name without quote or backslash, then one percent-encoded UTF-8 name. */
    private static final Pattern HEADER = Pattern.compile(
            "(attachment|inline); filename=\"([\\x20-\\x7E&&[^\"\\\\]]*)\"; filename\\*=UTF-8''([A-Za-z0-9%._*-]*)");

    private static final List<String> HOSTILE = List.of(
            "../../etc/passwd",
            "..\\..\\Windows\\win.ini",
            "a\r\nSet-Cookie: x",
            "a\"; filename=\"evil.exe",
            "tab\there\u0000nul\u001b[31m\u007f\u0085.pdf",
            "invoice\u202Efdp.exe",
            "line\u2028break.pdf",
            "..",
            "...",
            ". .",
            "",
            "CON",
            "x".repeat(500) + ".pdf",
            "sub\uFF0Ffolder.pdf",
            "lone\uD800surrogate.pdf",
            "\uD83D\uDE00".repeat(200));

    @Test
    void aPathLeavesOnlyItsLastNameSoNoFileLandsOutsideItsFolder() {
        assertEquals("passwd", FileNames.safe("../../etc/passwd"));
        assertEquals("win.ini", FileNames.safe("..\\..\\Windows\\win.ini"));
        assertEquals("passwd", FileNames.safe("/etc/passwd"));
        assertEquals("folder_evil.pdf", FileNames.safe("folder\uFF0Fevil.pdf"), "a full-width slash is no slash");
    }

    @Test
    void carriageReturnAndLineFeedCannotStartAnotherHeader() {
        String header = FileNames.contentDisposition(true, "a\r\nSet-Cookie: x");
        assertEquals("attachment; filename=\"a__Set-Cookie_ x\"; filename*=UTF-8''a__Set-Cookie_%20x", header);
    }

    @Test
    void aQuoteCannotCloseTheHeadersFileName() {
        String header = FileNames.contentDisposition(true, "a\"; filename=\"evil.exe");
        Matcher parts = HEADER.matcher(header);
        assertTrue(parts.matches(), header);
        assertEquals("a_; filename=_evil.exe", parts.group(2));
    }

    @Test
    void controlAndInvisibleFormattingCharactersBecomeUnderscores() {
        assertEquals("tab_here_nul_[31m__.pdf", FileNames.safe("tab\there\u0000nul\u001b[31m\u007f\u0085.pdf"));
        assertEquals("invoice_fdp.exe", FileNames.safe("invoice\u202Efdp.exe"), "no right-to-left override");
        assertEquals("line_break.pdf", FileNames.safe("line\u2028break.pdf"));
        assertEquals("lone_surrogate.pdf", FileNames.safe("lone\uD800surrogate.pdf"));
    }

    @Test
    void aNameOfOnlyDotsOrNothingBecomesDocument() {
        for (String empty : new String[] {"..", "...", ". .", " ", "", null, "/", "a/.."}) {
            assertEquals("document", FileNames.safe(empty), String.valueOf(empty));
        }
        assertTrue(FileNames.contentDisposition(false, "..").startsWith("inline; filename=\"document\""));
    }

    @Test
    void trailingDotsAndSpacesWhichWindowsDropsAreTakenOff() {
        assertEquals("report.pdf", FileNames.safe("  report.pdf. . "));
    }

    @Test
    void windowsDeviceNamesGetAPrefixWhateverTheirExtensions() {
        assertEquals("_CON", FileNames.safe("CON"));
        assertEquals("_con.tar.gz", FileNames.safe("con.tar.gz"));
        assertEquals("_lpt1.pdf", FileNames.safe("lpt1.pdf"));
        assertEquals("console.pdf", FileNames.safe("console.pdf"));
    }

    @Test
    void aVeryLongNameIsCutTo120CharactersAndKeepsItsExtension() {
        String cut = FileNames.safe("x".repeat(500) + ".pdf");
        assertEquals(120, cut.length());
        assertTrue(cut.endsWith("x.pdf"), cut);
    }

    @Test
    void cuttingALongNameNeverSplitsACharacterInTwo() {
        // The one letter in front puts the 120th character on the first half of an emoji.
        String cut = FileNames.safe("a" + "\uD83D\uDE00".repeat(200));
        assertEquals(119, cut.length());
        assertTrue(cut.codePoints().noneMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE));
        assertEquals(cut, new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void accentsStayExactInTheUtf8NameAndArePlainInTheAsciiOne() {
        String decomposed = Normalizer.normalize("Überweisung – été.pdf", Normalizer.Form.NFD);
        Matcher parts = HEADER.matcher(FileNames.contentDisposition(true, decomposed));
        assertTrue(parts.matches());
        assertEquals("Uberweisung _ ete.pdf", parts.group(2));
        assertEquals(
                "Überweisung – été.pdf",
                URLDecoder.decode(parts.group(3), StandardCharsets.UTF_8),
                "the name as people wrote it, composed (NFC) as every system shows it");
    }

    @Test
    void everyHostileNameGivesAWellFormedHeaderAndAPlainFileName() {
        for (String hostile : HOSTILE) {
            String header = FileNames.contentDisposition(true, hostile);
            Matcher parts = HEADER.matcher(header);
            assertTrue(parts.matches(), hostile + " gave " + header);
            String name = URLDecoder.decode(parts.group(3), StandardCharsets.UTF_8);
            assertEquals(FileNames.safe(hostile), name);
            assertFalse(
                    name.isEmpty()
                            || name.contains("/")
                            || name.contains("\\")
                            || name.equals("..")
                            || name.codePoints().anyMatch(FileNamesTest::invisible)
                            || name.length() > 120,
                    hostile);
            assertEquals(name, FileNames.safe(name), "safe twice is safe once");
        }
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
