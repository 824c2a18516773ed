package org.ebox.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes the demo messages' letters as real one-page PDF documents with PDFBox. */
class DemoLetters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** What a letter says. */
    record Letter(
            String institution,
            String recipientName,
            String recipientNumber,
            java.time.OffsetDateTime date,
            String title,
            List<String> paragraphs,
            String reference) {}

    byte[] write(Letter letter) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(4096)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(letter.title());
            info.setAuthor(letter.institution());
            info.setSubject(letter.reference());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float left = 60;
                float y = page.getMediaBox().getHeight() - 70;
                y = line(text, bold, 14, left, y, letter.institution());
                y = line(text, regular, 10, left, y - 20, letter.recipientName());
                y = line(
                        text,
                        regular,
                        10,
                        left,
                        y,
                        "Enterprise number / Numéro d'entreprise / Ondernemingsnummer: " + letter.recipientNumber());
                y = line(text, regular, 10, left, y, DATE.format(letter.date()) + "    Ref. " + letter.reference());
                y = line(text, bold, 12, left, y - 24, letter.title());
                y -= 10;
                for (String paragraph : letter.paragraphs()) {
                    for (String wrapped : wrap(paragraph, 95)) {
                        y = line(text, regular, 10, left, y, wrapped);
                    }
                    y -= 8;
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static float line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String words)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(words);
        text.endText();
        return y - size * 1.5f;
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (current.length() + word.length() + 1 > width && current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }
}
