package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.claimtrack.extract.Kind;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The XLSX writer alone: a table longer than a sheet goes on in the next one; each sheet's XML has its
 * real dimension, an autofilter, a frozen header, date cells and text as inline strings without a guard.
 */
class XlsxClaimWriterTest {

    private static ExportRow row(long article, long id, String kind) {
        return new ExportRow(article, "Title " + article, "Outlet", null, LocalDate.of(2020, 1, 1), id, 0, 4, "text",
                kind, "NONE", List.of(), "NEW", "HUMAN", null, null, null, null, null, null, null, null, null, null,
                null, null, List.of(), null, null);
    }

    @Test
    void rowsPastTheSheetLimitGoOnInTheNextSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDate day = LocalDate.of(2020, 1, 1);
        XlsxClaimWriter w = new XlsxClaimWriter(out, new XlsxClaimWriter.Totals(5, 2), handler -> {
            handler.count(1, "Title 1", "Outlet", day, "UNATTRIBUTED", 3);
            handler.count(2, "Title 2", "Outlet", day, "TWEET", 1);
            handler.count(2, "Title 2", "Outlet", day, "UNATTRIBUTED", 1);
        }, 3);
        w.begin();
        for (int i = 1; i <= 5; i++) {
            w.row(row(i <= 3 ? 1 : 2, i, i == 4 ? "TWEET" : "UNATTRIBUTED"));
        }
        w.end();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("Claims", "Claims 2", "Claims 3", "Counts by kind"),
                    wb.getSheets().map(Sheet::getName).toList());
            assertEquals(3, wb.getSheet(0).orElseThrow().read().size(), "a header and two rows a sheet");
            int claimId = ExportRow.COLUMNS.indexOf("claim_id");
            assertEquals("claim_id", wb.getSheet(1).orElseThrow().read().get(0).getCellText(claimId),
                    "each sheet has the header");
            assertEquals("5", wb.getSheet(2).orElseThrow().read().get(1).getCellText(claimId));
            var counts = wb.getSheet(3).orElseThrow().read();
            assertEquals(3, counts.size());
            int total = counts.get(0).getCellCount() - 1;
            assertEquals("total", counts.get(0).getCellText(total));
            assertEquals("3", counts.get(1).getCellText(total), "article 1: 3 in total");
            assertEquals("1", counts.get(2).getCellText(4), "article 2: one TWEET");
            assertEquals("2", counts.get(2).getCellText(total));
        }
        Map<String, byte[]> parts = Zips.unzip(out.toByteArray());
        String last = XlsxPackage.columnName(ExportRow.COLUMNS.size() - 1);
        assertTrue(xml(parts, 1).contains("<dimension ref=\"A1:" + last + "3\"/>"), "two rows and the header");
        assertTrue(xml(parts, 2).contains("<dimension ref=\"A1:" + last + "3\"/>"));
        assertTrue(xml(parts, 3).contains("<dimension ref=\"A1:" + last + "2\"/>"), "the fifth row alone");
        assertTrue(xml(parts, 3).contains("<autoFilter ref=\"A1:" + last + "2\"/>"));
        assertTrue(xml(parts, 4).contains("<dimension ref=\"A1:" + XlsxPackage.columnName(4 + Kind.values().length)
                + "3\"/>"), "the counts sheet: two articles");
    }

    private static String xml(Map<String, byte[]> parts, int sheet) {
        return new String(parts.get("xl/worksheets/sheet" + sheet + ".xml"), StandardCharsets.UTF_8);
    }

    /** What openpyxl, Excel and LibreOffice read from the sheet XML itself. */
    @Test
    void sheetXmlHasDimensionFilterDatesAndPlainText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxClaimWriter w = new XlsxClaimWriter(out, new XlsxClaimWriter.Totals(2, 1), handler -> {
        });
        w.begin();
        OffsetDateTime at = OffsetDateTime.of(2021, 3, 4, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        ExportRow evil = new ExportRow(7, "=1+1", "Outlet", null, LocalDate.of(2020, 1, 1), 1, 0, 4, "=1+1", "TWEET",
                "NONE", List.of(), "NEW", "HUMAN", null, null, null, "@SUM(A1)", null, null, null, null, null, null,
                "MIXED", "-2+3 & <b>\r\n_x0041_ \u0001", List.of(), "chuck", at)
                .withWorkflow(null, " padded ", null);
        w.row(evil);
        w.row(row(7, 2, "TWEET"));
        w.end();
        // kept for a look with other readers (openpyxl's read-only mode trusts the dimension)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/xlsx-writer-test.xlsx"), out.toByteArray());
        Map<String, byte[]> parts = Zips.unzip(out.toByteArray());
        String sheet = xml(parts, 1);
        int columns = ExportRow.COLUMNS.size();
        String last = XlsxPackage.columnName(columns - 1);
        assertTrue(sheet.contains("<dimension ref=\"A1:" + last + "3\"/>"), "the whole sheet: header and two rows");
        assertTrue(sheet.contains("<autoFilter ref=\"A1:" + last + "3\"/>"), "a filter over the header row");
        assertTrue(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        assertFalse(sheet.contains("<f>"), "no formulas");
        assertFalse(sheet.contains("'="), "no apostrophe before a formula start");
        String text = cell(sheet, ExportRow.COLUMNS.indexOf("claim_text"), 2);
        assertEquals("<c r=\"" + XlsxPackage.columnName(ExportRow.COLUMNS.indexOf("claim_text"))
                + "2\" t=\"inlineStr\"><is><t>=1+1</t></is></c>", text, "=1+1 as a string, as written");
        assertTrue(cell(sheet, ExportRow.COLUMNS.indexOf("source_name"), 2).contains("<t>@SUM(A1)</t>"));
        assertTrue(cell(sheet, ExportRow.COLUMNS.indexOf("verdict_explanation"), 2)
                .contains("<t>-2+3 &amp; &lt;b&gt;&#13;\n_x005F_x0041_ _x0001_</t>"), "escaped for XML and Excel");
        assertTrue(cell(sheet, ExportRow.COLUMNS.indexOf("claim_sentence"), 2)
                .contains("<t xml:space=\"preserve\"> padded </t>"));
        // 2020-01-01 is serial 43831; 2021-03-04 10:00 UTC is 44259 + 10/24
        assertTrue(cell(sheet, ExportRow.COLUMNS.indexOf("article_published"), 2).endsWith(" s=\"2\"><v>43831</v></c>"),
                cell(sheet, ExportRow.COLUMNS.indexOf("article_published"), 2));
        String timestamp = cell(sheet, ExportRow.COLUMNS.indexOf("verdict_at"), 2);
        assertTrue(timestamp.contains(" s=\"3\"><v>44259.41666"), timestamp);
        assertTrue(cell(sheet, ExportRow.COLUMNS.indexOf("article_id"), 2).endsWith("><v>7</v></c>"), "a number");
        String styles = new String(parts.get("xl/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"), styles);
        assertTrue(styles.contains("<xf numFmtId=\"164\""), "style 2 is the day format");
        assertTrue(new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .contains("'Claims'!$A$1:$" + last + "$3"), "Excel's filter name");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var rows = wb.getFirstSheet().read();
            assertEquals(columns, rows.get(0).getCellCount(), "the header holds every column");
            assertEquals("=1+1", rows.get(1).getCellText(ExportRow.COLUMNS.indexOf("claim_text")));
            assertTrue(rows.get(1).getCellText(ExportRow.COLUMNS.indexOf("verdict_explanation")).startsWith("-2+3 & <b>\r\n"));
        }
    }

    /** The {@code <c>} element of a column in a row (1-based row as in the sheet). */
    private static String cell(String sheet, int column, int row) {
        String ref = "<c r=\"" + XlsxPackage.columnName(column) + row + "\"";
        int at = sheet.indexOf(ref);
        assertTrue(at >= 0, ref + " in the sheet");
        return sheet.substring(at, sheet.indexOf("</c>", at) + 4);
    }

    @Test
    void columnNamesAndClipping() {
        assertEquals("A", XlsxPackage.columnName(0));
        assertEquals("Z", XlsxPackage.columnName(25));
        assertEquals("AA", XlsxPackage.columnName(26));
        assertEquals("AZ", XlsxPackage.columnName(51));
        assertEquals("BA", XlsxPackage.columnName(52));
        assertEquals(XlsxPackage.MAX_CELL_CHARS, XlsxPackage.clip("x".repeat(40_000)).length());
        String emoji = "x".repeat(XlsxPackage.MAX_CELL_CHARS - 1) + "\uD83D\uDE00";
        assertEquals(XlsxPackage.MAX_CELL_CHARS - 1, XlsxPackage.clip(emoji).length(), "a pair is not split");
    }
}
