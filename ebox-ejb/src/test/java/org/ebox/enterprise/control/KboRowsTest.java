package org.ebox.enterprise.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ebox.enterprise.control.KboLines.KboContact;
import org.ebox.enterprise.control.KboLines.KboDenomination;
import org.ebox.enterprise.control.KboLines.KboEnterprise;
import org.ebox.enterprise.control.KboLines.Outcome;
import org.ebox.enterprise.control.KboRows.Line;
import org.ebox.enterprise.control.KboRows.Reason;
import org.ebox.enterprise.control.KboRows.Rejected;
import org.ebox.enterprise.control.KboRows.Row;
import org.ebox.enterprise.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;

/** Lines in the shape of the FPS Economy's cookbook (R018.00), as a full extract holds them. */
class KboRowsTest {

    private static final String ENTERPRISES = """
            "EnterpriseNumber","Status","JuridicalSituation","TypeOfEnterprise","JuridicalForm","JuridicalFormCAC","StartDate"
            "0200.065.765","AC","000","2","416","","09-08-1960"
            "0812.345.603","AC","000","2","610","","01-03-2019"
            "0812.345.604","AC","000","2","610","","01-03-2019"
            "0456.789.034","AC","000","2","014","","31-02-2001"
            "0765.432.146","AC","000","1"
            """;

    @Test
    void linesOfAFullExtractBecomeEnterprisesWithTheirStartDates() throws Exception {
        List<Line> lines = read(KboFile.ENTERPRISE, ENTERPRISES, 0);
        assertEquals(5, lines.size());
        KboEnterprise first = taken(KboLines.enterprise((Row) lines.get(0)));
        assertEquals(new EnterpriseNumber("0200065765"), first.number());
        assertEquals("AC", first.status());
        assertEquals("2", first.typeOfEnterprise());
        assertEquals(LocalDate.of(1960, 8, 9), first.startDate());
        assertEquals(2, lines.get(0).number(), "the column names are line 1");
    }

    @Test
    void aWrongCheckDigitAnImpossibleDateAndATruncatedLineAreRejectedWithTheirLineAndReason() throws Exception {
        List<Line> lines = read(KboFile.ENTERPRISE, ENTERPRISES, 0);
        Rejected checkDigit = refused(KboLines.enterprise((Row) lines.get(2)));
        assertEquals(Reason.NUMBER, checkDigit.reason());
        assertEquals(4, checkDigit.number());
        assertEquals(
                Reason.DATE, refused(KboLines.enterprise((Row) lines.get(3))).reason());
        Rejected truncated = assertInstanceOf(Rejected.class, lines.get(4));
        assertEquals(Reason.COLUMNS, truncated.reason());
        assertEquals(6, truncated.number());
    }

    @Test
    void establishmentsLinesArePassedOverAndEnterprisesNamesKept() throws Exception {
        List<Line> lines = read(KboFile.DENOMINATION, """
                "EntityNumber","Language","TypeOfDenomination","Denomination"
                "0812.345.603","2","001","Brasserie Zinneke"
                "2.123.456.789","2","001","Zinneke, brouwerij aan de Zenne"
                "0812.345.603","1","003","Zinneke, ""la bière de Bruxelles""\"
                "0812.345.603","2","001",""
                """, 0);
        KboDenomination name = taken(KboLines.denomination((Row) lines.get(0)));
        assertEquals("Brasserie Zinneke", name.name());
        assertEquals("001", name.type());
        assertInstanceOf(Outcome.PassedOver.class, KboLines.denomination((Row) lines.get(1)));
        assertEquals(
                "Zinneke, \"la bière de Bruxelles\"",
                taken(KboLines.denomination((Row) lines.get(2))).name(),
                "quotes doubled inside a quoted value");
        assertEquals(
                Reason.MISSING,
                refused(KboLines.denomination((Row) lines.get(3))).reason());
    }

    @Test
    void aContactLongerThanTheCookbookAllowsIsRejected() throws Exception {
        String tooLong = "x".repeat(250) + "@a.be";
        List<Line> lines = read(
                KboFile.CONTACT,
                "\"EntityNumber\",\"EntityContact\",\"ContactType\",\"Value\"\n"
                        + "\"0812.345.603\",\"ENT\",\"EMAIL\",\"info@zinneke.example\"\n"
                        + "\"0812.345.603\",\"ENT\",\"EMAIL\",\"" + tooLong + "\"\n",
                0);
        KboContact mail = taken(KboLines.contact((Row) lines.get(0)));
        assertEquals("EMAIL", mail.contactType());
        assertEquals("info@zinneke.example", mail.value());
        assertEquals(
                Reason.TOO_LONG, refused(KboLines.contact((Row) lines.get(1))).reason());
    }

    @Test
    void aQuoteLeftOpenEndsTheFileWithOneRejectedLine() throws Exception {
        List<Line> lines = read(KboFile.CONTACT, """
                "EntityNumber","EntityContact","ContactType","Value"
                "0812.345.603","ENT","TEL","02 123 45 67"
                "0812.345.603","ENT","EMAIL","info@zinneke.example
                "0812.345.603","ENT","WEB","www.zinneke.example"
                """, 0);
        assertInstanceOf(Row.class, lines.get(0));
        Rejected rest = assertInstanceOf(Rejected.class, lines.get(lines.size() - 1));
        assertEquals(Reason.UNREADABLE, rest.reason());
        assertTrue(lines.size() <= 2, "nothing after the open quote is taken: " + lines);
    }

    @Test
    void aFileWhoseFirstLineNamesOtherColumnsIsNotReadAtAll() {
        assertThrows(
                KboRows.WrongFile.class,
                () -> read(KboFile.ENTERPRISE, "\"EntityNumber\",\"Language\"\n\"0812.345.603\",\"2\"\n", 0));
        assertThrows(KboRows.WrongFile.class, () -> read(KboFile.ENTERPRISE, "", 0));
    }

    @Test
    void aRestartPassesOverTheLinesAlreadyTaken() throws Exception {
        List<Line> rest = read(KboFile.ENTERPRISE, ENTERPRISES, 3);
        assertEquals(2, rest.size());
        assertEquals(5, rest.get(0).number());
    }

    @Test
    void aByteOrderMarkBeforeTheColumnNamesIsNoDifference() throws Exception {
        assertEquals(5, read(KboFile.ENTERPRISE, "\uFEFF" + ENTERPRISES, 0).size());
    }

    private static List<Line> read(KboFile file, String text, long skip) throws Exception {
        List<Line> lines = new ArrayList<>();
        try (KboRows rows = KboRows.open(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), skip)) {
            rows.forEachRemaining(lines::add);
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static <T> T taken(Outcome<T> outcome) {
        return ((Outcome.Taken<T>) assertInstanceOf(Outcome.Taken.class, outcome, () -> "not taken: " + outcome))
                .value();
    }

    private static Rejected refused(Outcome<?> outcome) {
        return assertInstanceOf(Outcome.Refused.class, outcome, () -> "not refused: " + outcome)
                .line();
    }
}
