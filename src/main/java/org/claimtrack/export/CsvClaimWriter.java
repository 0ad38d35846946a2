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

/** RFC 4180 CSV in UTF-8, CRLF line ends; every present value quoted, so no cell can start a formula. */
final class CsvClaimWriter implements ClaimWriter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\r\n")
            .build();

    private final Writer writer;
    private final boolean bom;
    private CSVPrinter printer;

    CsvClaimWriter(OutputStream out, boolean bom) {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.bom = bom;
    }

    @Override
    public void begin() throws IOException {
        if (bom) {
            // Excel reads a BOM-less CSV in the machine's legacy code page
            writer.write('\uFEFF');
        }
        printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(ExportRow.COLUMNS);
    }

    @Override
    public void row(ExportRow row) throws IOException {
        for (Object cell : row.cells()) {
            printer.print(cell instanceof String s ? Spreadsheets.neutralise(s) : cell);
        }
        printer.println();
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }
}
