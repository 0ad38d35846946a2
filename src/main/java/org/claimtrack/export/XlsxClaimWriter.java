package org.claimtrack.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.claimtrack.extract.Kind;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX with fastexcel: the claim table (inline strings and periodic flushes, so nothing piles up in
 * memory; a second "Claims" sheet begins past Excel's row limit), then claim counts by kind per
 * article, computed by PostgreSQL under the same filter.
 */
final class XlsxClaimWriter implements ClaimWriter {

    /** Counts by kind per article, read after the table (a second query, in article order). */
    @FunctionalInterface
    interface Counts {
        void forEach(CountHandler handler) throws Exception;
    }

    @FunctionalInterface
    interface CountHandler {
        void count(long articleId, String title, String outlet, String published, String kind, long count)
                throws Exception;
    }

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Counts counts;
    private final int maxRows;
    private Worksheet sheet;
    private int sheets;
    private int r;

    XlsxClaimWriter(OutputStream out, Counts counts) {
        this(out, counts, Worksheet.MAX_ROWS);
    }

    /** {@code maxRows} lower than Excel's only in tests of the sheet roll-over. */
    XlsxClaimWriter(OutputStream out, Counts counts, int maxRows) {
        this.workbook = new Workbook(out, "claimtrack", "0.3");
        // deflate dominates the time of a large sheet; level 1 is several times faster for a slightly bigger file
        this.workbook.setCompressionLevel(1);
        this.counts = counts;
        this.maxRows = maxRows;
    }

    @Override
    public void begin() throws IOException {
        newClaimSheet();
    }

    private void newClaimSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? "Claims" : "Claims " + sheets);
        header(sheet, ExportRow.COLUMNS);
        r = 1;
    }

    private static void header(Worksheet ws, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            ws.inlineString(0, c, names.get(c));
        }
        ws.range(0, 0, 0, names.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
    }

    @Override
    public void row(ExportRow row) throws IOException {
        if (r >= maxRows) {
            newClaimSheet();
        }
        Object[] cells = row.cells();
        for (int c = 0; c < cells.length; c++) {
            cell(sheet, r, c, cells[c]);
        }
        r++;
        if (r % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof String s && !s.isEmpty()) {
            // inline, not the shared-strings table, which fastexcel keeps in memory
            ws.inlineString(r, c, Spreadsheets.neutralise(s));
        }
    }

    @Override
    public void end() throws Exception {
        sheet.finish();
        Worksheet ws = workbook.newWorksheet("Counts by kind");
        Kind[] kinds = Kind.values();
        java.util.ArrayList<String> names = new java.util.ArrayList<>(List.of("article_id", "article_title",
                "article_outlet", "article_published"));
        for (Kind k : kinds) {
            names.add(k.name());
        }
        names.add("total");
        header(ws, names);
        long[] row = new long[kinds.length];
        Object[][] current = {null};
        int[] line = {1};
        // rows come in article order: write an article's line when the next article begins
        counts.forEach((id, title, outlet, published, kind, n) -> {
            if (current[0] != null && (long) current[0][0] != id) {
                countLine(ws, line[0]++, current[0], row);
                java.util.Arrays.fill(row, 0);
                if (line[0] % FLUSH_EVERY == 0) {
                    ws.flush();
                }
            }
            current[0] = new Object[] {id, title, outlet, published};
            row[Kind.valueOf(kind).ordinal()] = n;
        });
        if (current[0] != null) {
            countLine(ws, line[0], current[0], row);
        }
        ws.finish();
        workbook.finish();
    }

    private static void countLine(Worksheet ws, int r, Object[] article, long[] byKind) {
        for (int c = 0; c < article.length; c++) {
            cell(ws, r, c, article[c]);
        }
        long total = 0;
        for (int k = 0; k < byKind.length; k++) {
            ws.value(r, article.length + k, byKind[k]);
            total += byKind[k];
        }
        ws.value(r, article.length + byKind.length, total);
    }
}
