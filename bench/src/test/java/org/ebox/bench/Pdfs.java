package org.ebox.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** The benches' letters: valid 50 KB PDFs made once with PDFBox, each numbered so that its bytes are its own. */
final class Pdfs {

    private static final String MARK = "BENCH-0000000000";
    private static final int PDF_BYTES = 50 * 1024;
    private static final byte[] TEMPLATE = template();

    private Pdfs() {}

    /** The template with its mark replaced by the number: the same length, so the PDF stays valid. */
    static byte[] numbered(int n) {
        byte[] pdf = TEMPLATE.clone();
        byte[] mark = MARK.getBytes(StandardCharsets.US_ASCII);
        byte[] number = String.format("BENCH-%010d", n).getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at <= pdf.length - mark.length; at++) {
            if (Arrays.equals(pdf, at, at + mark.length, mark, 0, mark.length)) {
                System.arraycopy(number, 0, pdf, at, number.length);
                return pdf;
            }
        }
        throw new IllegalStateException("No mark in the template");
    }

    /** A one-page PDF of 50 KB whose title is the mark; padded with an unused random stream. */
    private static byte[] template() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(MARK);
            byte[] padding = new byte[PDF_BYTES - 1500];
            new Random(7).nextBytes(padding);
            PDStream stream = new PDStream(document, new ByteArrayInputStream(padding));
            document.getDocumentCatalog()
                    .getCOSObject()
                    .setItem(COSName.getPDFName("BenchPadding"), stream.getCOSObject());
            document.save(out, CompressParameters.NO_COMPRESSION); // the title stays readable, to be replaced
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
