package org.claimtrack.export;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/**
 * Writes one export from a plain JDBC connection: the same code path for the HTTP endpoints and the
 * benchmark. Rows come through a cursor and go out as they come; nothing is collected.
 */
public final class ClaimExporter {

    /**
     * Settings of one export run; {@code raw} writes the CSV without the formula guard (for scripts,
     * never for a spreadsheet).
     */
    public record Options(int fetchSize, boolean bom, String organisationName, String organisationUrl, String publicUrl,
            boolean raw) {

        public Options(int fetchSize, boolean bom, String organisationName, String organisationUrl, String publicUrl) {
            this(fetchSize, bom, organisationName, organisationUrl, publicUrl, false);
        }

        /** Fact-check pages at the default public address (benchmarks and tests). */
        public Options(int fetchSize, boolean bom, String organisationName, String organisationUrl) {
            this(fetchSize, bom, organisationName, organisationUrl, "http://localhost:8080");
        }

        public static Options defaults() {
            return new Options(1000, false, "claimtrack newsroom", "http://localhost:8080/");
        }
    }

    private ClaimExporter() {
    }

    /**
     * Exports the rows of {@code query} to {@code out} and returns how many claims were read.
     * Turns autocommit off for the cursor and rolls back at the end (nothing is written).
     * {@code progress}, if given, hears the running row count every 10,000 rows.
     */
    public static long export(Connection conn, ExportQuery query, ExportFormat format, Options options,
            OutputStream out, LongConsumer progress) throws Exception {
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement snapshot = conn.createStatement();
                PreparedStatement texts = conn.prepareStatement("select raw_text, byline from article where id = ?")) {
            if (autoCommit) {
                // one snapshot for every query of the export: the XLSX counts its rows before it writes them
                snapshot.execute("set transaction isolation level repeatable read");
            }
            ClaimWriter writer = writer(conn, query, format, options, out, texts);
            writer.begin();
            long[] n = {0};
            // the table formats carry the sentence around each claim and the link to its review page
            Sentences sentences = format == ExportFormat.BRAT || format == ExportFormat.CLAIMREVIEW ? null : new Sentences(texts);
            String review = options.publicUrl().replaceAll("/+$", "") + "/articles/";
            query.forEach(conn, options.fetchSize(), row -> {
                writer.row(sentences == null ? row : row.withWorkflow(row.assignee(), sentences.around(row),
                        review + row.articleId() + "?claim=" + row.claimId()));
                if (++n[0] % 10_000 == 0 && progress != null) {
                    progress.accept(n[0]);
                }
            });
            writer.end();
            out.flush();
            return n[0];
        } finally {
            conn.rollback();
            conn.setAutoCommit(autoCommit);
        }
    }

    private static ClaimWriter writer(Connection conn, ExportQuery query, ExportFormat format, Options options,
            OutputStream out, PreparedStatement texts) throws Exception {
        return switch (format) {
            case CSV -> new CsvClaimWriter(out, options.bom(), options.raw());
            case XLSX -> new XlsxClaimWriter(out, totals(conn, query),
                    handler -> counts(conn, query, options.fetchSize(), handler));
            case JSON -> new JsonClaimWriter(out, false);
            case JSONL -> new JsonClaimWriter(out, true);
            case CLAIMREVIEW -> new ClaimReviewWriter(out, options.organisationName(), options.organisationUrl(),
                    options.publicUrl(), ClaimReviewWriter.publications(conn));
            case BRAT -> new BratWriter(out, id -> {
                texts.setLong(1, id);
                try (ResultSet rs = texts.executeQuery()) {
                    rs.next();
                    return new BratWriter.ArticleText(rs.getString(1), rs.getString(2));
                }
            });
        };
    }

    private static XlsxClaimWriter.Totals totals(Connection conn, ExportQuery query) throws Exception {
        try (PreparedStatement ps = query.prepare(conn, query.totalsSql(), 1); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new XlsxClaimWriter.Totals(rs.getLong(1), rs.getLong(2));
        }
    }

    private static void counts(Connection conn, ExportQuery query, int fetchSize, XlsxClaimWriter.CountHandler handler)
            throws Exception {
        try (PreparedStatement ps = query.prepare(conn, query.countsSql(), fetchSize); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.count(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getString(5), rs.getLong(6));
            }
        }
    }
}
