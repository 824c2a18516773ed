package org.ebox.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class AttachmentMediaTypesTest {

    @Test
    void aRealPdfLargerThanTheHeadReadIsRecognisedAsPdf() throws IOException {
        byte[] pdf = pdfOf(200 * 1024);
        assertTrue(pdf.length > AttachmentMediaTypes.HEAD_BYTES * 10);
        String detected = detect(pdf);
        assertEquals("application/pdf", detected);
        assertTrue(AttachmentMediaTypes.contentMatches("application/pdf", detected));
    }

    @Test
    void aZipArchiveMatchesTheZipAndOfficeContainerTypesButNotPdf() throws IOException {
        String detected = detect(zip("annex.txt", "annex"));
        assertTrue(AttachmentMediaTypes.contentMatches("application/zip", detected), detected);
        assertFalse(AttachmentMediaTypes.contentMatches("application/pdf", detected), detected);
    }

    @Test
    void anOpenDocumentTextIsAZipContainerAsDeclared() throws IOException {
        byte[] odt =
                zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>");
        assertTrue(AttachmentMediaTypes.contentMatches("application/vnd.oasis.opendocument.text", detect(odt)));
    }

    @Test
    void anOle2ContainerMatchesTheLegacyOfficeTypesOnly() throws IOException {
        byte[] ole2 = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        String detected = detect(ole2);
        assertTrue(AttachmentMediaTypes.contentMatches("application/msword", detected), detected);
        assertTrue(AttachmentMediaTypes.contentMatches("application/vnd.ms-excel", detected), detected);
        assertFalse(AttachmentMediaTypes.contentMatches("application/zip", detected), detected);
    }

    @Test
    void htmlAndXmlAreTextAsTheirTypesDeclare() throws IOException {
        assertTrue(AttachmentMediaTypes.contentMatches(
                "text/html",
                detect("<!DOCTYPE html><html><body><p>Avis</p></body></html>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(AttachmentMediaTypes.contentMatches(
                "text/xml", detect("<?xml version=\"1.0\"?><notice>1</notice>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void plainTextMatchesTheTextTypesOnly() throws IOException {
        String detected =
                detect("Dear company,\nplease find our notice.\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        assertTrue(AttachmentMediaTypes.contentMatches("text/plain", detected), detected);
        assertFalse(AttachmentMediaTypes.contentMatches("application/pdf", detected), detected);
    }

    @Test
    void randomBytesDeclaredAsPdfDoNotMatch() throws IOException {
        byte[] noise = new byte[50 * 1024];
        new Random(3).nextBytes(noise);
        assertFalse(AttachmentMediaTypes.contentMatches("application/pdf", detect(noise)));
    }

    @Test
    void aPdfSignatureBeyondTheStartIsNotAPdf() throws IOException {
        byte[] late = new byte[AttachmentMediaTypes.HEAD_BYTES * 2];
        byte[] signature = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, late, AttachmentMediaTypes.HEAD_BYTES + 10, signature.length);
        assertFalse(AttachmentMediaTypes.contentMatches("application/pdf", detect(late)));
    }

    /** A ZIP archive of these entries: name, content, name, content... */
    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String detect(byte[] content) throws IOException {
        return AttachmentMediaTypes.detect(new ByteArrayInputStream(content));
    }

    /** A PDF made with PDFBox, padded to about {@code size} bytes with pages of text. */
    private static byte[] pdfOf(int size) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            byte[] padding = new byte[size];
            new Random(5).nextBytes(padding);
            document.getDocumentInformation()
                    .setCustomMetadataValue("Padding", java.util.HexFormat.of().formatHex(padding, 0, size / 2));
            document.save(out);
            return out.toByteArray();
        }
    }
}
