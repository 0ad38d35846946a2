package org.claimtrack.export;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A SpreadsheetML package written as it streams, sheet after sheet, row after row: nothing is kept but
 * the sheet names. Written by hand because a streaming library cannot know a sheet's size before its
 * rows, and readers such as openpyxl's read-only mode trust the {@code <dimension>} at the top of the
 * sheet; here the caller says how many rows come. Text goes in inline strings, which no spreadsheet
 * evaluates, so text needs no formula guard; days and timestamps are date serials with a date format.
 */
final class XlsxPackage {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Cell styles: their indexes in {@link #STYLES}' cellXfs. */
    private static final int BOLD = 1;
    private static final int DAY = 2;
    private static final int TIMESTAMP = 3;

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Day 0 of Excel's 1900 date system (serial 1 = 1900-01-01 counts the missing 1900-02-29 too). */
    private static final long EPOCH_DAY_OF_SERIAL_0 = LocalDate.of(1899, 12, 30).toEpochDay();

    /** Serial 61 = 1900-03-01: earlier days are off by one in Excel, so they go out as text. */
    private static final long FIRST_SAFE_SERIAL = 61;

    private record SheetInfo(String name, String filterRef) {
    }

    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private String[] letters = new String[0];
    private int columns;
    private int row;
    private int column;

    XlsxPackage(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // deflate dominates the time of a large sheet; the fastest level for a slightly bigger file
        this.zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // an entry ends, the zip goes on
            }
        }, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Starts a sheet of {@code rows} rows (the header included) and {@code widths.length} columns, the
     * header row frozen and filtered; a width of 0 leaves the column at the default width.
     */
    void beginSheet(String name, long rows, double[] widths) throws IOException {
        columns = widths.length;
        if (letters.length < columns) {
            letters = new String[columns];
            for (int c = 0; c < columns; c++) {
                letters[c] = columnName(c);
            }
        }
        String ref = "A1:" + letters[columns - 1] + Math.max(1, rows);
        sheets.add(new SheetInfo(name, ref));
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><dimension ref=\"" + ref + "\"/><sheetViews><sheetView"
                + (sheets.size() == 1 ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/>");
        StringBuilder cols = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            if (widths[c] > 0) {
                cols.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                        .append(widths[c]).append("\" customWidth=\"1\"/>");
            }
        }
        // an empty <cols> is not allowed
        xml.write(cols.isEmpty() ? "<sheetData>" : "<cols>" + cols + "</cols><sheetData>");
        row = 0;
    }

    void header(List<String> names) throws IOException {
        beginRow();
        for (String n : names) {
            text(n, BOLD);
        }
        endRow();
    }

    void beginRow() throws IOException {
        row++;
        column = 0;
        xml.write("<row r=\"");
        xml.write(Integer.toString(row));
        xml.write("\">");
    }

    void endRow() throws IOException {
        xml.write("</row>");
    }

    /** A cell of any exported value: null empty, numbers, days, timestamps, else text. */
    void cell(Object v) throws IOException {
        if (v == null || v instanceof String s && s.isEmpty()) {
            column++;
        } else if (v instanceof Number n) {
            number(n.toString(), 0);
        } else if (v instanceof LocalDate d) {
            long serial = d.toEpochDay() - EPOCH_DAY_OF_SERIAL_0;
            if (serial < FIRST_SAFE_SERIAL) {
                text(d.toString(), 0);
            } else {
                number(Long.toString(serial), DAY);
            }
        } else if (v instanceof OffsetDateTime t) {
            Instant i = t.toInstant();
            // Excel has no time zones: the serial is UTC, as the CSV's offsets are
            double serial = (i.getEpochSecond() + i.getNano() / 1e9) / 86_400.0 - EPOCH_DAY_OF_SERIAL_0;
            if (serial < FIRST_SAFE_SERIAL) {
                text(t.toString(), 0);
            } else {
                number(Double.toString(serial), TIMESTAMP);
            }
        } else {
            text(v.toString(), 0);
        }
    }

    private void ref() throws IOException {
        xml.write("<c r=\"");
        xml.write(letters[column++]);
        xml.write(Integer.toString(row));
        xml.write('"');
    }

    private void number(String value, int style) throws IOException {
        ref();
        if (style != 0) {
            xml.write(" s=\"" + style + "\"");
        }
        xml.write("><v>");
        xml.write(value);
        xml.write("</v></c>");
    }

    private void text(String s, int style) throws IOException {
        ref();
        if (style != 0) {
            xml.write(" s=\"" + style + "\"");
        }
        String t = clip(s);
        boolean preserve = Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1));
        xml.write(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        escape(t, xml);
        xml.write("</t></is></c>");
    }

    /** At most Excel's 32,767 characters a cell (a longer one makes Excel repair the file). */
    static String clip(String s) {
        if (s.length() <= MAX_CELL_CHARS) {
            return s;
        }
        int end = MAX_CELL_CHARS;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * XML text as SpreadsheetML reads it: {@code & < >} as entities, CR as a character reference (XML
     * would fold CRLF to LF), characters XML cannot hold as Excel's {@code _xHHHH_} escape, a literal
     * {@code _xHHHH_} with its underscore escaped so that it reads back as written, and a lone
     * surrogate as U+FFFD.
     */
    static void escape(String s, Writer w) throws IOException {
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            String rep = null;
            if (ch == '&') {
                rep = "&amp;";
            } else if (ch == '<') {
                rep = "&lt;";
            } else if (ch == '>') {
                rep = "&gt;";
            } else if (ch == '\r') {
                rep = "&#13;";
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF) {
                rep = String.format("_x%04X_", (int) ch);
            } else if (ch == '_' && looksEscaped(s, i)) {
                rep = "_x005F_";
            } else if (Character.isHighSurrogate(ch)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                rep = "\uFFFD";
            } else if (Character.isLowSurrogate(ch)) {
                rep = "\uFFFD";
            }
            if (rep != null) {
                w.write(s, from, i - from);
                w.write(rep);
                from = i + 1;
            }
        }
        w.write(s, from, n - from);
    }

    private static boolean looksEscaped(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    void endSheet() throws IOException {
        xml.write("</sheetData><autoFilter ref=\"" + sheets.get(sheets.size() - 1).filterRef() + "\"/></worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    /** 0 = A, 25 = Z, 26 = AA. */
    static String columnName(int c) {
        StringBuilder b = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    /** The workbook, its styles and the package's parts list, after the last sheet. */
    void finish() throws IOException {
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook"
                + " xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        StringBuilder names = new StringBuilder();
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_REL + "\">");
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".extended-properties+xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            SheetInfo s = sheets.get(i);
            int id = i + 1;
            book.append("<sheet name=\"").append(s.name()).append("\" sheetId=\"").append(id).append("\" r:id=\"rId")
                    .append(id).append("\"/>");
            // Excel keeps the autofilter's range as this hidden name too
            names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                    .append("\" hidden=\"1\">'").append(s.name()).append("'!")
                    .append(s.filterRef().replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2")).append("</definedName>");
            rels.append("<Relationship Id=\"rId").append(id).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(id).append(".xml\"/>");
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(id).append(".xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        book.append("</sheets><definedNames>").append(names).append("</definedNames></workbook>");
        rels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(REL)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        types.append("</Types>");
        part("xl/workbook.xml", book.toString());
        part("xl/_rels/workbook.xml.rels", rels.toString());
        part("xl/styles.xml", STYLES);
        part("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>claimtrack"
                + "</Application></Properties>");
        part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PACKAGE_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>");
        part("[Content_Types].xml", types.toString());
        zip.finish();
        zip.flush();
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    /** Style 0 plain, 1 bold (the header), 2 a day (yyyy-mm-dd), 3 a timestamp (yyyy-mm-dd hh:mm:ss). */
    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";
}
