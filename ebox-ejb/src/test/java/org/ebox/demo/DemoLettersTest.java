package org.ebox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DemoLettersTest {

    @Test
    void letterIsARealPdfThatSaysWhatWasAsked() throws Exception {
        byte[] pdf = new DemoLetters()
                .write(new DemoLetters.Letter(
                        "National Social Security Office",
                        "Atelier Lumière SA",
                        "0456.789.012",
                        OffsetDateTime.parse("2026-05-04T10:00:00+02:00"),
                        "DmfA notification",
                        List.of("Déclaration trimestrielle / Kwartaalaangifte"),
                        "DMFA-1"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("DmfA notification", document.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Atelier Lumière SA"), text);
            assertTrue(text.contains("04/05/2026"), text);
            assertTrue(text.contains("Déclaration trimestrielle"), text);
        }
    }
}
