package org.claimtrack.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV in UTF-8, CRLF line ends; every present value quoted. Text that a spreadsheet would run
 * as a formula gets the {@link Spreadsheets} guard, unless the export asked for raw values.
 */
final class CsvClaimWriter implements ClaimWriter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n")
            .build();

    private final Writer writer;
    private final boolean bom;
    private final boolean raw;
    /** commons-csv appends a cell in pieces: a StringBuilder takes them far cheaper than a Writer. */
    private final StringBuilder line = new StringBuilder(1024);
    private CSVPrinter printer;

    CsvClaimWriter(OutputStream out, boolean bom, boolean raw) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.bom = bom;
        this.raw = raw;
    }

    @Override
    public void begin() throws IOException {
        if (bom) {
            // Excel reads a BOM-less CSV in the machine's legacy code page
            writer.write('\uFEFF');
        }
        printer = new CSVPrinter(line, FORMAT);
        printer.printRecord(ExportRow.COLUMNS);
        drain();
    }

    private void drain() throws IOException {
        writer.append(line);
        line.setLength(0);
    }

    @Override
    public void row(ExportRow row) throws IOException {
        for (Object cell : row.cells()) {
            printer.print(cell instanceof String s && !raw ? Spreadsheets.neutralise(s) : cell);
        }
        printer.println();
        drain();
    }

    @Override
    public void end() throws IOException {
        writer.flush();
    }
}
