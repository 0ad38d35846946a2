package org.claimtrack.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The XLSX writer alone: a table longer than a sheet goes on in the next one. */
class XlsxClaimWriterTest {

    private static ExportRow row(long article, long id, String kind) {
        return new ExportRow(article, "Title " + article, "Outlet", null, LocalDate.of(2020, 1, 1), id, 0, 4, "text",
                kind, "NONE", List.of(), "NEW", "HUMAN", null, null, null, null, null, null, null, null, null, null,
                null, null, List.of(), null, null);
    }

    @Test
    void rowsPastTheSheetLimitGoOnInTheNextSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxClaimWriter w = new XlsxClaimWriter(out, handler -> {
            handler.count(1, "Title 1", "Outlet", "2020-01-01", "UNATTRIBUTED", 3);
            handler.count(2, "Title 2", "Outlet", "2020-01-01", "TWEET", 1);
            handler.count(2, "Title 2", "Outlet", "2020-01-01", "UNATTRIBUTED", 1);
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
            assertEquals("claim_id", wb.getSheet(1).orElseThrow().read().get(0).getCellText(5), "each sheet has the header");
            assertEquals("5", wb.getSheet(2).orElseThrow().read().get(1).getCellText(5));
            var counts = wb.getSheet(3).orElseThrow().read();
            assertEquals(3, counts.size());
            assertEquals("3", counts.get(1).getCellText(4 + 7), "article 1: 3 in total");
            assertEquals("1", counts.get(2).getCellText(4), "article 2: one TWEET");
            assertEquals("2", counts.get(2).getCellText(4 + 7));
        }
    }
}
