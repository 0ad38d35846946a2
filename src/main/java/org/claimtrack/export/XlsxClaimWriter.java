package org.claimtrack.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimtrack.extract.Kind;

/**
 * XLSX: the claim table (a new "Claims" sheet begins past Excel's row limit), then claim counts by
 * kind per article, computed by PostgreSQL under the same filter. {@link XlsxPackage} writes the
 * parts as the rows stream by; the totals, counted first in the same snapshot, give each sheet its
 * dimension and autofilter range before its rows.
 */
final class XlsxClaimWriter implements ClaimWriter {

    /** Excel's row limit. */
    static final int MAX_ROWS = 1_048_576;

    /** How many claim rows and articles the export holds. */
    record Totals(long rows, long articles) {
    }

    /** Counts by kind per article, read after the table (a second query, in article order). */
    @FunctionalInterface
    interface Counts {
        void forEach(CountHandler handler) throws Exception;
    }

    @FunctionalInterface
    interface CountHandler {
        void count(long articleId, String title, String outlet, LocalDate published, String kind, long count)
                throws Exception;
    }

    private final XlsxPackage xlsx;
    private final Totals totals;
    private final Counts counts;
    private final int maxRows;
    private final double[] widths;
    private int sheets;
    private long written;
    private int r;

    XlsxClaimWriter(OutputStream out, Totals totals, Counts counts) {
        this(out, totals, counts, MAX_ROWS);
    }

    /** {@code maxRows} lower than Excel's only in tests of the sheet roll-over. */
    XlsxClaimWriter(OutputStream out, Totals totals, Counts counts, int maxRows) {
        this.xlsx = new XlsxPackage(out);
        this.totals = totals;
        this.counts = counts;
        this.maxRows = maxRows;
        this.widths = widths(ExportRow.COLUMNS);
    }

    /** Wide enough for the header, the dates and timestamps; the long texts wider. */
    static double[] widths(List<String> columns) {
        double[] w = new double[columns.size()];
        for (int c = 0; c < w.length; c++) {
            String name = columns.get(c);
            double width = name.length() + 3;
            if (name.endsWith("_published")) {
                width = Math.max(width, 12);
            } else if (name.endsWith("_at")) {
                width = Math.max(width, 20);
            } else if (List.of("article_title", "claim_text", "claim_sentence", "verdict_explanation").contains(name)) {
                width = 50;
            }
            w[c] = width;
        }
        return w;
    }

    @Override
    public void begin() throws IOException {
        newClaimSheet();
    }

    private void newClaimSheet() throws IOException {
        if (sheets > 0) {
            xlsx.endSheet();
        }
        sheets++;
        long left = Math.max(0, totals.rows() - written);
        xlsx.beginSheet(sheets == 1 ? "Claims" : "Claims " + sheets, 1 + Math.min(left, maxRows - 1L), widths);
        xlsx.header(ExportRow.COLUMNS);
        r = 1;
    }

    @Override
    public void row(ExportRow row) throws IOException {
        if (r >= maxRows) {
            newClaimSheet();
        }
        xlsx.beginRow();
        for (Object cell : row.cells()) {
            xlsx.cell(cell);
        }
        xlsx.endRow();
        r++;
        written++;
    }

    @Override
    public void end() throws Exception {
        xlsx.endSheet();
        Kind[] kinds = Kind.values();
        List<String> names = new ArrayList<>(List.of("article_id", "article_title", "article_outlet",
                "article_published"));
        for (Kind k : kinds) {
            names.add(k.name());
        }
        names.add("total");
        xlsx.beginSheet("Counts by kind", 1 + totals.articles(), widths(names));
        xlsx.header(names);
        long[] byKind = new long[kinds.length];
        Object[][] current = {null};
        // rows come in article order: write an article's line when the next article begins
        counts.forEach((id, title, outlet, published, kind, n) -> {
            if (current[0] != null && (long) current[0][0] != id) {
                countLine(current[0], byKind);
                Arrays.fill(byKind, 0);
            }
            current[0] = new Object[] {id, title, outlet, published};
            byKind[Kind.valueOf(kind).ordinal()] = n;
        });
        if (current[0] != null) {
            countLine(current[0], byKind);
        }
        xlsx.endSheet();
        xlsx.finish();
    }

    private void countLine(Object[] article, long[] byKind) throws IOException {
        xlsx.beginRow();
        for (Object v : article) {
            xlsx.cell(v);
        }
        long total = 0;
        for (long n : byKind) {
            xlsx.cell(n);
            total += n;
        }
        xlsx.cell(total);
        xlsx.endRow();
    }
}
