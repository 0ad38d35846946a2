package org.claimtrack.export;

/**
 * Formula injection (CSV injection): a spreadsheet runs a cell that starts with {@code = + - @},
 * tab or carriage return as a formula. As OWASP recommends, such a cell gets a leading single quote
 * so that Excel, LibreOffice and Google Sheets show it as text; CSV cells are quoted as well.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    public static boolean dangerous(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    public static String neutralise(String cell) {
        return dangerous(cell) ? "'" + cell : cell;
    }
}
