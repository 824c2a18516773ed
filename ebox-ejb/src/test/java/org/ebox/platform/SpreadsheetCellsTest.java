package org.ebox.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void aSubjectStartingWithEqualsIsWrittenAsText() {
        assertEquals(
                "'=HYPERLINK(\"https://evil.example\",\"Open\")",
                SpreadsheetCells.plainText("=HYPERLINK(\"https://evil.example\",\"Open\")"));
    }

    @Test
    void aCellStartingWithPlusMinusOrAtIsWrittenAsText() {
        assertEquals("'+32 2 511 11 11", SpreadsheetCells.plainText("+32 2 511 11 11"));
        assertEquals("'-2+3+cmd|' /C calc'!A0", SpreadsheetCells.plainText("-2+3+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", SpreadsheetCells.plainText("@SUM(1+1)*cmd|' /C calc'!A0"));
    }

    @Test
    void aCellStartingWithTabCarriageReturnOrNulIsWrittenAsText() {
        assertEquals("'\t=1+1", SpreadsheetCells.plainText("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetCells.plainText("\r=1+1"));
        assertEquals("'\0=1+1", SpreadsheetCells.plainText("\0=1+1"));
    }

    @Test
    void aCellStartingWithAFullWidthFormulaSignIsWrittenAsText() {
        for (String fullWidth : new String[] {"\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)"}) {
            assertEquals("'" + fullWidth, SpreadsheetCells.plainText(fullWidth), fullWidth);
        }
    }

    @Test
    void aFormulaSignInsideTheTextChangesNothing() {
        assertEquals("Loonfiche 2026 = definitief", SpreadsheetCells.plainText("Loonfiche 2026 = definitief"));
        assertEquals(
                "2026-03-05 NSSO notice/notice-1.pdf",
                SpreadsheetCells.plainText("2026-03-05 NSSO notice/notice-1.pdf"));
    }

    @Test
    void idsSizesDigestsAndEmptyCellsStayAsTheyAre() {
        assertEquals(
                "4f1c2b7e-0c1d-4a8e-9f3b-2d7c5e6a8b90",
                SpreadsheetCells.plainText("4f1c2b7e-0c1d-4a8e-9f3b-2d7c5e6a8b90"));
        assertEquals("123456", SpreadsheetCells.plainText("123456"));
        assertEquals("", SpreadsheetCells.plainText(""));
        assertNull(SpreadsheetCells.plainText(null));
    }

    @Test
    void aCellAlreadyStartingWithAQuoteIsLeftAsItIs() {
        assertEquals("'=1+1", SpreadsheetCells.plainText("'=1+1"));
    }
}
