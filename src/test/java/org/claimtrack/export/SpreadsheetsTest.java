package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 19, item 7: the formula guard by the spreadsheets' rules, a table of cases, in CSV and XLSX. */
class SpreadsheetsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            =1+1 => '=1+1
            +1+1 => '+1+1
            -2+3 => '-2+3
            @SUM(A1) => '@SUM(A1)
            `\t=1` => `'\t'=1`
            `\r=1` => `'\r'=1`
            `\n=1` => `'\n'=1`
            ＝1+1 => '＝1+1
            ＋1 => '＋1
            －1 => '－1
            ＠SUM(A1) => '＠SUM(A1)
            ` =1+1` => `' =1+1`
            `\u00A0\u3000=HYPERLINK("x")` => `'\u00A0\u3000=HYPERLINK("x")`
            a;=1+1 => a;'=1+1
            a,=1+1 => a,'=1+1
            a; =1+1 => a; '=1+1
            `a;"=1+1"` => `a;"'=1+1"`
            `a\t@SUM(A1)` => `a\t'@SUM(A1)`
            a;＝1 => a;'＝1
            `line one\n=cmd|' /C calc'!A0` => `line one\n'=cmd|' /C calc'!A0`
            a;-2+3 => a;'-2+3
            a,+cmd|x!A0 => a,'+cmd|x!A0
            prices fell, -3 percent => prices fell, -3 percent
            a well-known fact => a well-known fact
            email me@example.org => email me@example.org
            1+1=2 => 1+1=2
            plain text => plain text
            '=1+1 => '=1+1
            """)
    void guardsByTheSpreadsheetsRules(String cell, String expected) {
        String in = unescape(cell);
        String want = unescape(expected);
        assertEquals(want, Spreadsheets.neutralise(in));
        assertEquals(want, Spreadsheets.neutralise(want), "idempotent");
        assertEquals(!in.equals(want), Spreadsheets.dangerous(in));
        assertFalse(Spreadsheets.dangerous(want));
    }

    /** The table spells control and special characters as Java escapes. */
    private static String unescape(String s) {
        return s.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n").replace("\\u00A0", "\u00A0")
                .replace("\\u3000", "\u3000");
    }

    static final List<String> NASTY = List.of("＝HYPERLINK(\"http://evil.example/\")", "a;=1+1", " @SUM(A1)",
            "x,\"=2+5\"", "\t-2+3");

    private static ExportRow row(String text) {
        return new ExportRow(1, text, "Outlet", null, LocalDate.of(2020, 1, 1), 1, 0, 4, text, "UNATTRIBUTED", "NONE",
                List.of(), "NEW", "HUMAN", null, null, null, null, null, null, null, null, null, null, null, text,
                List.of(), null, null);
    }

    /**
     * CSV cells are guarded (raw only when asked); XLSX text is an inline string, which no spreadsheet
     * runs, so it is stored exactly, without the apostrophe a person would see.
     */
    @org.junit.jupiter.api.Test
    void csvCellsAreGuardedXlsxCellsAreInlineStrings() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvClaimWriter c = new CsvClaimWriter(csv, false, false);
        c.begin();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        CsvClaimWriter r = new CsvClaimWriter(raw, false, true);
        r.begin();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxClaimWriter x = new XlsxClaimWriter(xlsx, new XlsxClaimWriter.Totals(NASTY.size(), 1), handler -> { });
        x.begin();
        for (String t : NASTY) {
            c.row(row(t));
            r.row(row(t));
            x.row(row(t));
        }
        c.end();
        r.end();
        x.end();
        String written = csv.toString(StandardCharsets.UTF_8);
        String unguarded = raw.toString(StandardCharsets.UTF_8);
        for (String t : NASTY) {
            assertTrue(written.contains(Spreadsheets.neutralise(t).replace("\"", "\"\"")), "CSV holds the guarded " + t);
            assertTrue(unguarded.contains("\"" + t.replace("\"", "\"\"") + "\""), "raw CSV holds " + t + " as it is");
        }
        String sheet = new String(Zips.unzip(xlsx.toByteArray()).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertFalse(sheet.contains("<f>"), "no formula cells");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var rows = wb.getFirstSheet().read();
            int found = 0;
            for (var row : rows.subList(1, rows.size())) {
                for (int i = 0; i < row.getCellCount(); i++) {
                    String cell = row.getCellText(i);
                    assertFalse(cell.startsWith("'"), "XLSX cell " + i + " has no apostrophe: " + cell);
                    found += NASTY.contains(cell) ? 1 : 0;
                }
            }
            assertTrue(found >= NASTY.size() * 2, "the texts are there exactly: " + found);
        }
    }
}
