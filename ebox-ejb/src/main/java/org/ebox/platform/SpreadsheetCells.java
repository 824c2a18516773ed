package org.ebox.platform;

/**
 * Text that a spreadsheet opening a CSV file shows as text and never runs as a formula (OWASP: CSV injection; ASVS
 * 5.0 1.2.10). A subject or a file name comes from an institution, and a cell such as {@code =HYPERLINK(…)} would
 * otherwise be a live formula on the enterprise's computer.
 */
public final class SpreadsheetCells {

    /**
     * What spreadsheets take as the start of a formula: = + - @, tab, carriage return and NUL, and the full-width
     * = + - @ that Excel also reads as formulas where an East Asian input method is in use.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {}

    /**
     * The value with a single quote in front when it would start a formula, which spreadsheets take as "this is
     * text" and do not show; any other value unchanged, so that ids, sizes and digests stay as they are.
     */
    public static String plainText(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}
