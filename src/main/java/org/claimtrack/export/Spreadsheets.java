package org.claimtrack.export;

import java.util.regex.Pattern;

/**
 * Formula injection (CSV injection), guarded by the spreadsheets' own rules rather than the first
 * character alone. Excel, LibreOffice and Google Sheets start a formula at a cell whose first
 * non-blank character is {@code = + - @} or one of their fullwidth forms {@code ＝ ＋ － ＠} (some
 * locales and IMEs map those to the ASCII ones), and at tab, CR or LF; such a cell gets a leading
 * single quote, so it shows as text. A CSV opened with another separator than ours (a locale whose
 * separator is {@code ;}, or tab) splits a cell such as {@code a;=1+1} again, and its second part
 * would start a formula: so a quote also goes before a formula start that follows {@code , ; tab CR
 * LF} (after blanks or a double quote). For {@code + -} only when the rest looks like a formula (an
 * operator or a parenthesis follows), so "prices fell, -3 percent" stays as it is. The guard is
 * idempotent: a guarded cell is not guarded again. The CSV export uses it (unless raw values are
 * asked for); the XLSX needs none, its text cells are inline strings, which no spreadsheet evaluates.
 */
public final class Spreadsheets {

    /** Characters that start a formula: ASCII and fullwidth = + - @. */
    private static final String STARTS = "=+\\-@\uFF1D\uFF0B\uFF0D\uFF20";

    /** Blanks a spreadsheet skips before it looks at the first character. */
    private static final String BLANK = "\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF\\p{Cntrl}";

    /**
     * A separator, blanks or a double quote, then: = or @ (either width), or + or - (either width)
     * with an operator or a parenthesis later in the same part.
     */
    private static final Pattern EMBEDDED = Pattern.compile("([,;\\t\\r\\n][" + BLANK + "\"]*)(?=[=@\uFF1D\uFF20]"
            + "|[+\\-\uFF0B\uFF0D][^,;\\t\\r\\n]*[()=|!+\\-*/^&%\uFF1D\uFF0B\uFF0D])");

    private static final Pattern LEADING = Pattern.compile("^[" + BLANK + "]*[" + STARTS + "]");

    private Spreadsheets() {
    }

    /** True when a spreadsheet could read the cell (or a part of it split off at a separator) as a formula. */
    public static boolean dangerous(String cell) {
        return cell != null && !neutralise(cell).equals(cell);
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        String out = EMBEDDED.matcher(cell).replaceAll("$1'");
        char first = out.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n' || LEADING.matcher(out).find()) {
            out = "'" + out;
        }
        return out;
    }
}
